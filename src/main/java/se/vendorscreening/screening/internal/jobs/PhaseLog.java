package se.vendorscreening.screening.internal.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs each step of a run as {@code phase=NAME rows=N seconds=S}, the form the benchmark reads.
 * With the system property {@code screening.benchmark.live-heap=true} (the benchmark's {@code
 * --live-heap}) it then also collects the whole heap and logs what stays live as {@code phase=NAME
 * live_heap_mb=M}: a measurement for the benchmark, which costs a full collection per step.
 */
final class PhaseLog implements StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(PhaseLog.class);
  private static final boolean LIVE_HEAP = Boolean.getBoolean("screening.benchmark.live-heap");

  @Override
  public ExitStatus afterStep(StepExecution step) {
    LocalDateTime started = step.getStartTime();
    double seconds =
        started == null ? 0 : Duration.between(started, LocalDateTime.now()).toMillis() / 1000.0;
    log.info(
        "phase={} rows={} seconds={}",
        step.getStepName(),
        step.getWriteCount(),
        String.format(Locale.ROOT, "%.2f", seconds));
    if (LIVE_HEAP) {
      logLiveHeap(step.getStepName());
    }
    return step.getExitStatus();
  }

  @SuppressWarnings("java:S1215") // an explicit collection is the measurement asked for
  private static void logLiveHeap(String phase) {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    log.info("phase={} live_heap_mb={}", phase, heap.getUsed() / (1024 * 1024));
  }
}
