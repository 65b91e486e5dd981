package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.registry.RegistryConnections;

/**
 * A run's registries are opened by its screening step, never by a party thread: a thread still
 * checking a party of a failed chunk after its step ended finds no registries instead of opening
 * them again, and a failure to load them ahead is not kept for the step that opens them.
 */
@SpringBootTest
class ActiveRunsIntegrationTests {

  @Autowired ActiveRuns runs;
  @Autowired RegistryConnections connections;

  @TempDir Path out;

  @Test
  void aFailureToLoadTheRegistriesAheadIsNotKeptForTheNextStepThatOpensThem() throws IOException {
    // given: a job execution whose registries were loaded ahead while the extracts were missing
    String runId = "test-" + UUID.randomUUID();
    Path extracts = out.resolve("unmounted");
    RegistryPreload preload = new RegistryPreload(connections, Runnable::run, extracts);
    preload.start();
    assertThatThrownBy(() -> runs.resourcesFor(parameters(runId, extracts), preload))
        .hasMessageContaining("unmounted");

    // when: the extracts are there again
    try (Stream<Path> files = Files.list(Path.of("sample-data/registries"))) {
      Files.createDirectories(extracts);
      for (Path file : files.toList()) {
        Files.copy(file, extracts.resolve(file.getFileName()));
      }
    }
    RunResources resources = runs.resourcesFor(parameters(runId, extracts), preload);

    // then
    assertThat(resources.registries()).isNotNull();
    assertThat(runs.screeningResources(runId)).isSameAs(resources);
    runs.release(runId);
  }

  @Test
  void aPartyThreadOfAnEndedStepDoesNotOpenTheRegistries() {
    // given: a run whose screening step opened its registries and has ended
    String runId = "test-" + UUID.randomUUID();
    Path extracts = Path.of("sample-data/registries");
    runs.resourcesFor(
        parameters(runId, extracts), new RegistryPreload(connections, Runnable::run, extracts));
    runs.releaseRegistries(runId);

    // when, then: a party thread still running after the step asks for them
    assertThatThrownBy(() -> runs.screeningResources(runId))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(runId)
        .hasMessageContaining("its step has ended");

    // and once the run is over
    runs.release(runId);
    assertThatThrownBy(() -> runs.screeningResources(runId))
        .isInstanceOf(IllegalStateException.class);
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
