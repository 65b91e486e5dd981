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
import se.vendorscreening.registry.Registries;
import se.vendorscreening.shared.ManualTaskScheduler;

/**
 * A worker keeps a run's registries while partitions of the run keep coming, and lets them go once
 * none has run for the linger time; another run's partitions do not keep them.
 */
class PartitionRegistriesTests {

  private static final Duration LINGER = Duration.ofSeconds(10);

  private final List<String> opened = new CopyOnWriteArrayList<>();
  private final ManualTaskScheduler time =
      new ManualTaskScheduler(Instant.parse("2026-11-30T02:00:00Z"));
  private final PartitionRegistries registries = new PartitionRegistries(LINGER, time);

  @Test
  void keepsTheRegistriesFromOnePartitionOfARunToTheNextAndReleasesThemAfterTheLast() {
    // given
    StepExecution first = partitionOf("run-1");
    StepExecution second = partitionOf("run-1");
    StepExecution otherRun = partitionOf("run-2");

    // when: the second partition starts before the first ends, and again after a pause
    start(first);
    start(second);
    registries.afterStep(first);
    time.advance(LINGER.multipliedBy(2));

    // then: a partition is still running
    assertThat(registries.keeps("run-1")).isTrue();

    // when
    registries.afterStep(second);
    time.advance(LINGER.minusSeconds(1));
    StepExecution third = partitionOf("run-1");
    start(third);
    start(otherRun);
    registries.afterStep(otherRun);
    time.advance(LINGER.multipliedBy(3));

    // then: the third came within the linger time and found them; run-2's last partition has ended
    assertThat(opened).containsExactly("run-1", "run-2");
    assertThat(registries.keeps("run-1")).isTrue();
    assertThat(registries.keeps("run-2")).isFalse();

    // when
    registries.afterStep(third);

    // then: not at once, nor a second before the linger time, but at it
    assertThat(registries.keeps("run-1")).isTrue();
    time.advance(LINGER.minusSeconds(1));
    assertThat(registries.keeps("run-1")).isTrue();
    time.advance(Duration.ofSeconds(1));
    assertThat(registries.keeps("run-1")).isFalse();
    assertThat(time.pending()).isZero();

    // and a partition after that opens them again
    start(partitionOf("run-1"));
    assertThat(opened).containsExactly("run-1", "run-2", "run-1");
  }

  @Test
  void theManagersEndReleasesThemAtOnce() {
    // given: the last local partition of a run has ended
    StepExecution partition = partitionOf("run-3");
    start(partition);
    registries.afterStep(partition);

    // when: the manager step ends
    registries.releaseNow("run-3");

    // then
    assertThat(registries.keeps("run-3")).isFalse();
    assertThat(time.pending()).isZero();
  }

  private void start(StepExecution partition) {
    registries.beforeStep(partition);
    String runId = partition.getJobParameters().getString(RunParameters.RUN_ID);
    registries.registriesOf(
        runId,
        () -> {
          opened.add(runId);
          return new Registries(null, null, null, null, "file", List.of());
        });
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
