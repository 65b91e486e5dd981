package se.vendorscreening.intake.internal;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vendorscreening.intake.ImportProgressListener;

/**
 * How far one import job execution has come: a {@code @JobScope} bean ({@link
 * ImportVendorListJobConfiguration#importProgress}) counting the rows its writers have written,
 * telling the caller's listener (handed to the job with the inspection, {@link ImportInspections})
 * and logging the progress of long imports every few seconds (for runs without a terminal). Gone
 * with the execution.
 */
class ImportProgress {

  private static final Logger log = LoggerFactory.getLogger(ImportProgress.class);
  private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

  private final String importId;
  private final ImportProgressListener listener;
  private final long total;
  private final long startedNanos = System.nanoTime();
  private long done;
  private long loggedNanos = startedNanos;

  ImportProgress(String importId, ImportInspection inspection) {
    this.importId = importId;
    this.listener = inspection.listener();
    this.total = inspection.lists().stream().mapToLong(InspectedList::rows).sum();
  }

  /** Synchronized: the vendor and representative rows of an import are written at once. */
  synchronized void rowsWritten(long rows) {
    done += rows;
    listener.rowsDone(done, total);
    long now = System.nanoTime();
    if (now - loggedNanos >= LOG_INTERVAL_NANOS) {
      loggedNanos = now;
      double seconds = (now - startedNanos) / 1e9;
      log.info(
          "Import {}: {} of {} rows ({} rows/s)",
          importId,
          done,
          total,
          Math.round(done / seconds));
    }
  }
}
