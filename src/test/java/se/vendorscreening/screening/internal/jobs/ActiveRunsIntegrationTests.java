package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A run's registries are opened by its screening step, never by a party thread: a thread still
 * checking a party of a failed chunk after its step ended finds no registries instead of opening
 * them again, and a failure to open them is not kept for the run's restart.
 */
@SpringBootTest
public class ActiveRunsIntegrationTests {

  @Autowired ActiveRuns runs;

  @TempDir Path out;

  @Test
  void aFailureToOpenTheRegistriesIsNotKeptForTheRunsNextAttempt() {
    // given: the run's first attempt finds no registry extracts
    String runId = "test-" + UUID.randomUUID();
    assertThatThrownBy(() -> runs.resourcesFor(parameters(runId, out.resolve("unmounted"))))
        .hasMessageContaining("unmounted");

    // when: the extracts are there again
    RunResources resources =
        runs.resourcesFor(parameters(runId, Path.of("sample-data/registries")));

    // then
    assertThat(resources.registries()).isNotNull();
    assertThat(runs.screeningResources(runId)).isSameAs(resources);
    runs.release(runId);
  }

  @Test
  void aPartyThreadOfAnEndedStepDoesNotOpenTheRegistries() {
    // given: a run whose screening step opened its registries and has ended
    String runId = "test-" + UUID.randomUUID();
    runs.resourcesFor(parameters(runId, Path.of("sample-data/registries")));
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
