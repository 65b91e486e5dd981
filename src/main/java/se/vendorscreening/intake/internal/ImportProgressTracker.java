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
  }

  void started(String importId, long totalRows, ImportProgressListener listener) {
    running.put(importId, new Progress(listener, totalRows));
  }

  void rowsWritten(String importId, long rows) {
    Progress progress = running.get(importId);
    if (progress == null) {
      return;
    }
    synchronized (progress) {
      written(importId, progress, rows);
    }
  }

  /** Both lists of an import write at the same time: called holding the progress' lock. */
  private static void written(String importId, Progress progress, long rows) {
    progress.done += rows;
    progress.listener.rowsDone(progress.done, progress.total);
    long now = System.nanoTime();
    if (now - progress.loggedNanos >= LOG_INTERVAL_NANOS) {
      progress.loggedNanos = now;
      double seconds = (now - progress.startedNanos) / 1e9;
      log.info(
          "Import {}: {} of {} rows ({} rows/s)",
          importId,
          progress.done,
          progress.total,
          Math.round(progress.done / seconds));
    }
  }

  void finished(String importId) {
    running.remove(importId);
  }
}
