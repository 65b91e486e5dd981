package se.vendorscreening.intake.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.ImportProgressListener;

/**
 * Counts the rows each running import has written, tells its listener, and logs the progress of
 * long imports every few seconds (for runs without a terminal).
 */
@Component
class ImportProgressTracker {

  private static final Logger log = LoggerFactory.getLogger(ImportProgressTracker.class);
  private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

  private final Map<String, Progress> running = new ConcurrentHashMap<>();

  private static final class Progress {
    private final ImportProgressListener listener;
    private final long total;
    private final long startedNanos = System.nanoTime();
    private long done;
    private long loggedNanos = startedNanos;

    Progress(ImportProgressListener listener, long total) {
      this.listener = listener;
      this.total = total;
    }

    /** Synchronized: the vendor and representative rows of an import are written at once. */
    synchronized void written(String importId, long rows) {
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

  void started(String importId, long totalRows, ImportProgressListener listener) {
    running.put(importId, new Progress(listener, totalRows));
  }

  void rowsWritten(String importId, long rows) {
    Progress progress = running.get(importId);
    if (progress == null) {
      return;
    }
    progress.written(importId, rows);
  }

  void finished(String importId) {
    running.remove(importId);
  }
}
