package se.vendorscreening.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker keeps a run's registries while partitions of the run keep coming, and lets them go once
 * none has run for the linger time; another run's partitions do not keep them.
 */
class PartitionRegistriesTests {

  private static final Duration LINGER = Duration.ofMillis(1000);

  private final List<String> released = new CopyOnWriteArrayList<>();
  private final PartitionRegistries registries =
      new PartitionRegistries(
          new ActiveRuns(null, null, null, null) {
            @Override
            void releaseRegistries(String runId) {
              released.add(runId);
            }
          },
          LINGER);

  @AfterEach
  void stop() {
    registries.destroy();
  }

  @Test
  void keepsTheRegistriesFromOnePartitionOfARunToTheNextAndReleasesThemAfterTheLast()
      throws Exception {
    // given
    StepExecution first = partitionOf("run-1");
    StepExecution second = partitionOf("run-1");
    StepExecution otherRun = partitionOf("run-2");

    // when: the second partition starts before the first ends, and again after a pause
    registries.beforeStep(first);
    registries.beforeStep(second);
    registries.afterStep(first);
    Thread.sleep(LINGER.toMillis() * 2);

    // then: a partition is still running
    assertThat(released).isEmpty();

    // when
    registries.afterStep(second);
    Thread.sleep(LINGER.toMillis() / 10);
    StepExecution third = partitionOf("run-1");
    registries.beforeStep(third);
    registries.beforeStep(otherRun);
    registries.afterStep(otherRun);
    await().atMost(Duration.ofSeconds(10)).until(() -> released.contains("run-2"));
    Thread.sleep(LINGER.toMillis());

    // then: the third came within the linger time; run-2's last partition has ended
    assertThat(released).containsExactly("run-2");

    // when
    registries.afterStep(third);

    // then: not at once, but after the linger time
    assertThat(released).containsExactly("run-2");
    await().atMost(Duration.ofSeconds(10)).until(() -> released.size() == 2);
    assertThat(released).containsExactly("run-2", "run-1");
  }

  private static long ids;

  private static StepExecution partitionOf(String runId) {
    JobExecution job =
        new JobExecution(
            ++ids,
            new JobInstance(ids, "screenJob"),
            new JobParametersBuilder().addString(ActiveRuns.RUN_ID, runId).toJobParameters());
    return new StepExecution(++ids, "screenPartitionStep:partition" + ids, job);
  }
}
