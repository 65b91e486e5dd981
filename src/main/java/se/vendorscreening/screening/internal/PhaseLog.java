package se.vendorscreening.screening.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs each step of a run as {@code phase=NAME rows=N seconds=S}, the form the benchmark reads. */
final class PhaseLog implements StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(PhaseLog.class);

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
    return step.getExitStatus();
  }
}
