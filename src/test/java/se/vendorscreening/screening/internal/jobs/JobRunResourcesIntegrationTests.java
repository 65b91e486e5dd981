package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.RunCompleted;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;

/**
 * A run's resources are its job execution's ({@code @JobScope}): opened by its screening step,
 * never by a party thread (a thread still checking a party of a failed chunk after its step or job
 * ended finds no registries instead of opening them again), reached from the party threads in the
 * job's context, dropped when the job ends, and the files its report step wrote handed to the
 * caller with the job execution, not kept anywhere by run id nor saved in the job repository.
 */
@SpringBootTest
@RecordApplicationEvents
class JobRunResourcesIntegrationTests {

  @Autowired RunResourcesOpener opener;
  @Autowired RegistryConnections connections;
  @Autowired JobRunResources jobRunResources;
  @Autowired ScreeningJobs screeningJobs;
  @Autowired JobRepository jobRepository;
  @Autowired ApplicationEvents events;

  @Autowired
  @Qualifier(ScreeningThreads.PARTY_EXECUTOR)
  ThreadPoolTaskExecutor partyExecutor;

  @TempDir Path out;

  @Test
  void aFailureToLoadTheRegistriesAheadIsNotKeptForTheNextStepThatOpensThem() throws IOException {
    // given: a job execution whose registries were loaded ahead while the extracts were missing
    String runId = "test-" + UUID.randomUUID();
    Path extracts = out.resolve("unmounted");
    RegistryPreload preload = new RegistryPreload(connections, Runnable::run, extracts);
    preload.start();
    JobRunResources run =
        new JobRunResources(opener, RunParameters.of(parameters(runId, extracts)));
    assertThatThrownBy(() -> run.openForTheParties(() -> opener.registriesOf(runId, preload)))
        .hasMessageContaining("unmounted");

    // when: the extracts are there again
    try (Stream<Path> files = Files.list(Path.of("sample-data/registries"))) {
      Files.createDirectories(extracts);
      for (Path file : files.toList()) {
        Files.copy(file, extracts.resolve(file.getFileName()));
      }
    }
    RunResources resources = run.openForTheParties(() -> opener.registriesOf(runId, preload));

    // then
    assertThat(resources.registries()).isNotNull();
    assertThat(run.screening()).isSameAs(resources);
  }

  @Test
  void aPartyThreadOfAnEndedStepDoesNotOpenTheRegistries() {
    // given: a run whose screening step opened its registries and has ended
    String runId = "test-" + UUID.randomUUID();
    Path extracts = Path.of("sample-data/registries");
    JobRunResources run =
        new JobRunResources(opener, RunParameters.of(parameters(runId, extracts)));
    run.openForTheParties(
        () ->
            opener.registriesOf(runId, new RegistryPreload(connections, Runnable::run, extracts)));
    run.releaseRegistries();

    // when, then: a party thread still running after the step asks for them
    assertThatThrownBy(run::screening)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(runId)
        .hasMessageContaining("its step has ended");

    // and once the job is over
    run.end();
    assertThatThrownBy(run::screening).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void thePartyThreadsReachTheJobsResourcesUntilTheJobEnds() throws Exception {
    // given: a job execution whose screening step opened the run's resources
    String runId = "test-" + UUID.randomUUID();
    Path extracts = Path.of("sample-data/registries");
    JobExecution job =
        new JobExecution(-7L, new JobInstance(-7L, "screenJob"), parameters(runId, extracts));
    JobSynchronizationManager.register(job);
    CountDownLatch jobEnded = new CountDownLatch(1);
    Future<RunResources> lateParty;
    try {
      RunResources opened =
          jobRunResources.openForTheParties(
              () ->
                  opener.registriesOf(
                      runId, new RegistryPreload(connections, Runnable::run, extracts)));
      jobRunResources.keepOutputs(List.of(new OutputFile("results.csv", "00", 1)));

      // when: a party is checked on a party thread
      RunResources seen =
          partyExecutor.submit(jobRunResources::screening).get(10, TimeUnit.SECONDS);

      // then: the job's own resources
      assertThat(seen).isSameAs(opened);

      // when: a party of the same job is still being checked when the job ends
      lateParty =
          partyExecutor.submit(
              () -> {
                jobEnded.await(10, TimeUnit.SECONDS);
                return jobRunResources.screening();
              });
      JobRunResources.atTheJobsEnd(jobRunResources).afterJob(job);
    } finally {
      JobSynchronizationManager.release();
    }
    jobEnded.countDown();

    // then: it finds them gone, and the files written travel with the execution
    assertThatThrownBy(() -> lateParty.get(10, TimeUnit.SECONDS))
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasMessageContaining("its step has ended");
    assertThat(JobRunResources.outputsOf(job))
        .extracting(OutputFile::name)
        .containsExactly("results.csv");
    assertThat(job.getExecutionContext().containsKey(JobRunResources.OUTPUTS)).isFalse();
  }

  @Test
  void theFilesARunWroteReachTheCallerWithoutBeingSavedInTheJobRepository() {
    // when
    RunOutcome outcome =
        screeningJobs.screen(
            new ScreenRequest(
                Path.of("sample-data/lou-vendors.csv"),
                Path.of("sample-data/lou-representatives.csv"),
                Path.of("sample-data/registries"),
                LocalDate.parse("2026-11-28"),
                out,
                Locale.forLanguageTag("sv-SE"),
                "test",
                "screen"));

    // then
    String runId = outcome.run().runId();
    assertThat(outcome.folder()).isEqualTo(out.resolve(runId));
    RunCompleted completed =
        events.stream(RunCompleted.class)
            .filter(event -> event.run().runId().equals(runId))
            .findFirst()
            .orElseThrow();
    assertThat(completed.outputs())
        .extracting(OutputFile::name)
        .contains("results.csv", "manifest.json");
    // read back from the job repository's tables
    ExecutionContext saved =
        jobRepository
            .getLastJobExecution(ScreenJobConfiguration.JOB_NAME, RunParameters.identifying(runId))
            .getExecutionContext();
    assertThat(saved.containsKey("batch.version")).isTrue();
    assertThat(saved.containsKey(JobRunResources.OUTPUTS)).isFalse();
  }

  private JobParameters parameters(String runId, Path registries) {
    return new JobParametersBuilder()
        .addString(RunParameters.RUN_ID, runId)
        .addString(RunParameters.AS_OF, "2026-11-28")
        .addString(RunParameters.LANGUAGE, "sv-SE")
        .addString(RunParameters.OUT_DIR, out.toString())
        .addString(RunParameters.REGISTRIES_DIR, registries.toString())
        .toJobParameters();
  }
}
