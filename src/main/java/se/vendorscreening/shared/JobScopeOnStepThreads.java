package se.vendorscreening.shared;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Makes the job's {@code @JobScope} beans reachable from a step that runs on a thread of its own:
 * Spring Batch registers the job's context on the thread that runs the job only, and a step of a
 * split flow, or a partition taken by a worker thread, would find no job scope. Registered before
 * the step opens its readers and given back when it ends ({@link
 * JobSynchronizationManager#close()}, not {@code release()}, which would also run the context's
 * destruction callbacks); the job's own registration keeps the scope open until the job ends, and
 * its release then closes the job's beans. A partition in the process that runs its job shares the
 * job's context (contexts are kept by job execution id); a partition in another process gets one of
 * its own for as long as it runs, dropped at its end without destruction callbacks (nothing a
 * partition opens there needs closing: its registries are kept by {@code PartitionRegistries}).
 */
public final class JobScopeOnStepThreads implements StepExecutionListener {

  @Override
  public void beforeStep(StepExecution step) {
    JobSynchronizationManager.register(step.getJobExecution());
  }

  @Override
  public ExitStatus afterStep(StepExecution step) {
    // only the step's registration: release() would run the job's destruction callbacks, and close
    // the job's beans (its registry preload) while the job goes on
    JobSynchronizationManager.close();
    return step.getExitStatus();
  }
}
