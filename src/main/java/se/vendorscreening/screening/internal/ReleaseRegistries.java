package se.vendorscreening.screening.internal;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Lets go of the run's registries when its parties are screened (whatever the step's outcome), so
 * their indexes can be collected before the subcontractor and report steps.
 */
final class ReleaseRegistries implements StepExecutionListener {

  private final ActiveRuns runs;

  ReleaseRegistries(ActiveRuns runs) {
    this.runs = runs;
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    runs.releaseRegistries(step.getJobParameters().getString(ActiveRuns.RUN_ID));
    return step.getExitStatus();
  }
}
