package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The party threads of a chunk run in their job's context, so that a party reaches the run's
 * {@code @JobScope} resources, and a party's task neither closes that context nor leaves one behind
 * on its thread.
 */
class ScreeningThreadsTests {

  private final ThreadPoolTaskExecutor parties =
      new ScreeningThreads().screenPartyExecutor(new ScreeningProperties(null, null, 0, 2, null));

  ScreeningThreadsTests() {
    parties.initialize();
  }

  @AfterEach
  void shutDown() {
    parties.shutdown();
  }

  @Test
  void aPartyTaskRunsInTheContextOfTheJobThatHandedItOver() throws Exception {
    // given: a job whose context is open on this thread
    JobExecution job =
        new JobExecution(
            -41L,
            new JobInstance(-41L, "screenJob"),
            new JobParametersBuilder().addString(RunParameters.RUN_ID, "run-41").toJobParameters());
    JobContext context = JobSynchronizationManager.register(job);
    AtomicBoolean closed = new AtomicBoolean();
    context.registerDestructionCallback("probe", () -> closed.set(true));
    try {
      // when
      JobContext seen =
          parties.submit(JobSynchronizationManager::getContext).get(10, TimeUnit.SECONDS);

      // then: the job's own context, still open after the task released it
      assertThat(seen).isSameAs(context);
      assertThat(closed).isFalse();
      assertThat(parties.submit(JobSynchronizationManager::getContext).get(10, TimeUnit.SECONDS))
          .isSameAs(context);
    } finally {
      JobSynchronizationManager.release();
    }
    assertThat(closed).isTrue();

    // and a task handed over without a job runs without one (none left on the pool's threads)
    for (int i = 0; i < 4; i++) {
      assertThat(parties.submit(JobSynchronizationManager::getContext).get(10, TimeUnit.SECONDS))
          .isNull();
    }
  }
}
