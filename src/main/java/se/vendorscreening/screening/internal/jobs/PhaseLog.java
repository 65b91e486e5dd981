package se.vendorscreening.screening.internal.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs each step of a run as {@code phase=NAME rows=N seconds=S}: the operator's record of where a
 * run's time went, and the form the benchmark reads (bench/README.md). The seconds are measured
 * with {@link System#nanoTime()} from the step's start to its end in this process, so a clock
 * adjustment during a run cannot distort them. With the system property {@code
 * screening.benchmark.live-heap=true} (the benchmark's {@code --live-heap}) it then also collects
 * the whole heap and logs what stays live as {@code phase=NAME live_heap_mb=M}: a measurement for
 * the benchmark, which costs a full collection per step.
 */
final class PhaseLog implements StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(PhaseLog.class);
  private static final boolean LIVE_HEAP = Boolean.getBoolean("screening.benchmark.live-heap");

  /**
   * When each running execution of the step started, by the execution itself: a step bean serves
   * every run, and runs may overlap.
   */
  private final Map<StepExecution, Long> started =
      Collections.synchronizedMap(new IdentityHashMap<>());

  @Override
  public void beforeStep(StepExecution step) {
    started.put(step, System.nanoTime());
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    Long start = started.remove(step);
    log.info(
        "phase={} rows={} seconds={}",
        step.getStepName(),
        step.getWriteCount(),
        String.format(Locale.ROOT, "%.2f", seconds(start, step.getStartTime())));
    if (LIVE_HEAP) {
      logLiveHeap(step.getStepName());
    }
    return step.getExitStatus();
  }

  /**
   * The step's seconds by the monotonic clock; by the batch's recorded start time only when this
   * listener did not see the step start.
   */
  static double seconds(Long startNanos, LocalDateTime recordedStart) {
    if (startNanos != null) {
      return (System.nanoTime() - startNanos) / 1e9;
    }
    return recordedStart == null
        ? 0
        : Duration.between(recordedStart, LocalDateTime.now()).toMillis() / 1000.0;
  }

  @SuppressWarnings("java:S1215") // an explicit collection is the measurement asked for
  private static void logLiveHeap(String phase) {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    log.info("phase={} live_heap_mb={}", phase, heap.getUsed() / (1024 * 1024));
  }
}
