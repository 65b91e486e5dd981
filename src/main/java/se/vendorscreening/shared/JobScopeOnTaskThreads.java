package se.vendorscreening.shared;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Carries the job's context from the thread that hands a task to an executor to the thread that
 * runs it, so that the task reaches the job's {@code @JobScope} beans: Spring Batch registers the
 * job's context on the job's thread only (a chunk's concurrent items get the step's context from
 * Spring Batch itself, not the job's). The task registers the job execution before it runs and
 * gives its registration back after ({@link JobSynchronizationManager#close()}, which leaves the
 * context's destruction callbacks to the job's own release at its end). A task still running after
 * its job ended registers a context of its own, whose beans are new and have opened nothing.
 */
public final class JobScopeOnTaskThreads implements TaskDecorator {

  @Override
  public Runnable decorate(Runnable task) {
    JobContext context = JobSynchronizationManager.getContext();
    if (context == null) {
      return task;
    }
    JobExecution job = context.getJobExecution();
    return () -> {
      JobSynchronizationManager.register(job);
      try {
        task.run();
      } finally {
        // only this task's registration: release() would run the job's destruction callbacks
        JobSynchronizationManager.close();
      }
    };
  }
}
