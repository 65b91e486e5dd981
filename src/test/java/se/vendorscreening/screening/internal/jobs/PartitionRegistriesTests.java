package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import se.vendorscreening.shared.ManualTaskScheduler;

/**
 * A worker keeps a run's registries while partitions of the run keep coming, and lets them go once
 * none has run for the linger time; another run's partitions do not keep them.
 */
class PartitionRegistriesTests {

  private static final Duration LINGER = Duration.ofSeconds(10);

  private final List<String> released = new CopyOnWriteArrayList<>();
  private final ManualTaskScheduler time =
      new ManualTaskScheduler(Instant.parse("2026-11-30T02:00:00Z"));
  private final PartitionRegistries registries =
      new PartitionRegistries(
          new ActiveRuns(null, null, null, null) {
            @Override
            void releaseRegistries(String runId) {
              released.add(runId);
            }
          },
          LINGER,
          time);

  @Test
  void keepsTheRegistriesFromOnePartitionOfARunToTheNextAndReleasesThemAfterTheLast() {
    // given
    StepExecution first = partitionOf("run-1");
    StepExecution second = partitionOf("run-1");
    StepExecution otherRun = partitionOf("run-2");

    // when: the second partition starts before the first ends, and again after a pause
    registries.beforeStep(first);
    registries.beforeStep(second);
    registries.afterStep(first);
    time.advance(LINGER.multipliedBy(2));

    // then: a partition is still running
    assertThat(released).isEmpty();

    // when
    registries.afterStep(second);
    time.advance(LINGER.minusSeconds(1));
    StepExecution third = partitionOf("run-1");
    registries.beforeStep(third);
    registries.beforeStep(otherRun);
    registries.afterStep(otherRun);
    time.advance(LINGER.multipliedBy(3));

    // then: the third came within the linger time; run-2's last partition has ended
    assertThat(released).containsExactly("run-2");

    // when
    registries.afterStep(third);

    // then: not at once, nor a second before the linger time, but at it
    assertThat(released).containsExactly("run-2");
    time.advance(LINGER.minusSeconds(1));
    assertThat(released).containsExactly("run-2");
    time.advance(Duration.ofSeconds(1));
    assertThat(released).containsExactly("run-2", "run-1");
    assertThat(time.pending()).isZero();
  }

  private static long ids;

  private static StepExecution partitionOf(String runId) {
    JobExecution job =
        new JobExecution(
            ++ids,
            new JobInstance(ids, "screenJob"),
            new JobParametersBuilder().addString(RunParameters.RUN_ID, runId).toJobParameters());
    return new StepExecution(++ids, "screenPartitionStep:partition" + ids, job);
  }
}
