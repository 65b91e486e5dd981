package se.vendorscreening.screening.internal;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of party results and their findings with batch inserts. */
class PartyResultWriter implements ItemWriter<ScreenedParty> {

  private final PartyResultStore store;
  private final String runId;

  PartyResultWriter(PartyResultStore store, String runId) {
    this.store = store;
    this.runId = runId;
  }

  @Override
  public void write(Chunk<? extends ScreenedParty> chunk) {
    store.insert(runId, java.util.List.copyOf(chunk.getItems()));
  }
}
