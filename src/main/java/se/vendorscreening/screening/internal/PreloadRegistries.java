package se.vendorscreening.screening.internal;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts loading the run's registries when the import starts, so that the two overlap on a
 * machine's second core; the screening step takes the loaded registries.
 */
final class PreloadRegistries implements StepExecutionListener {

  private final ActiveRuns runs;

  PreloadRegistries(ActiveRuns runs) {
    this.runs = runs;
  }

  @Override
  public void beforeStep(StepExecution step) {
    runs.preloadRegistries(step.getJobParameters());
  }
}
