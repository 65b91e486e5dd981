package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step on a thread of its own reaches its job's scope, and ending it does not close the job's
 * beans while the job goes on.
 */
class JobScopeOnStepThreadsTests {

  @Test
  void aStepOnAnotherThreadSharesTheJobsContextWithoutClosingIt() throws Exception {
    // given: a job whose context is open on this thread
    JobExecution job =
        new JobExecution(-71L, new JobInstance(-71L, "screenJob"), new JobParameters());
    StepExecution step = new StepExecution(-72L, "screenPartitionStep:partition0", job);
    JobContext context = JobSynchronizationManager.register(job);
    AtomicBoolean closed = new AtomicBoolean();
    context.registerDestructionCallback("registryPreload", () -> closed.set(true));
    JobScopeOnStepThreads listener = new JobScopeOnStepThreads();
    try {
      // when: the step runs on another thread
      JobContext seen =
          CompletableFuture.supplyAsync(
                  () -> {
                    listener.beforeStep(step);
                    try {
                      return JobSynchronizationManager.getContext();
                    } finally {
                      listener.afterStep(step);
                    }
                  })
              .get(10, TimeUnit.SECONDS);

      // then
      assertThat(seen).isSameAs(context);
      assertThat(closed).as("the job's beans closed by the step's end").isFalse();
    } finally {
      JobSynchronizationManager.release();
    }
    assertThat(closed).isTrue();
  }
}
