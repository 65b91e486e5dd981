package se.vendorscreening.intake.internal;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes the job's {@code @JobScope} beans reachable from a step that a split flow runs on a thread
 * of its own: Spring Batch registers the job's context on the thread that runs the job only, and a
 * step of a split flow would find no job scope. Registered before the step opens its readers and
 * released when it ends; the job's own registration keeps the scope open until the job ends.
 */
final class JobScopeOnStepThreads implements StepExecutionListener {

  @Override
  public void beforeStep(StepExecution step) {
    JobSynchronizationManager.register(step.getJobExecution());
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    JobSynchronizationManager.release();
    return step.getExitStatus();
  }
}
