package se.vendorscreening.screening.internal.jobs;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import se.vendorscreening.screening.internal.stores.PartyResultStore;

/**
 * Writes a chunk of party results and their findings (the rows the processor made) with batch
 * inserts, and logs the progress of the run every few seconds (parties done and rate).
 */
class PartyResultWriter implements ItemWriter<PartyResultStore.Rows> {

  private static final Logger log = LoggerFactory.getLogger(PartyResultWriter.class);
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PartyResultStore store;
  private final String runId;
  private final long started = System.nanoTime();
  private long written;
  private long lastLogged = started;

  PartyResultWriter(PartyResultStore store, String runId) {
    this.store = store;
    this.runId = runId;
  }

  @Override
  public void write(Chunk<? extends PartyResultStore.Rows> chunk) {
    store.insertRows(List.copyOf(chunk.getItems()));
    written += chunk.size();
    long now = System.nanoTime();
    if (now - lastLogged >= LOG_EVERY_NANOS) {
      lastLogged = now;
      double seconds = (now - started) / 1e9;
      log.info(
          "Run {}: {} parties screened ({} a second)",
          runId,
          written,
          Math.round(written / Math.max(seconds, 0.001)));
    }
  }
}
