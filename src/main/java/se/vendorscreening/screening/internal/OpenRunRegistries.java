package se.vendorscreening.screening.internal;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Opens the run's registries (or takes the preloaded ones) on the step's own thread before its
 * first chunk, so that a registry that cannot be read fails the step before any party is checked.
 * The party threads only take what this opened: when a chunk fails, Spring Batch ends the step
 * without waiting for the chunk's other threads, and such a thread must not open the registries
 * again for a run that has ended (it would leave them, or their failure, behind for the run).
 */
final class OpenRunRegistries implements StepExecutionListener {

  private final ActiveRuns runs;

  OpenRunRegistries(ActiveRuns runs) {
    this.runs = runs;
  }

  @Override
  public void beforeStep(StepExecution step) {
    runs.resourcesFor(step.getJobParameters());
  }
}
