package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.registry.RegistryCheckFailedException;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * {@code restart RUN_ID} continues a failed run where it ended, with the inputs, rules and as-of
 * date it was started with, and ends with the results a run that never failed has; it refuses runs
 * that completed, that do not exist, or that the database shows as running unless told that their
 * process is gone.
 */
@SpringBootTest
class RestartCommandIntegrationTests {

  static volatile boolean registriesDown;

  @TestConfiguration
  static class FailingRegistries {

    /** The configured file registries, unreadable while {@link #registriesDown}. */
    @Bean
    @Primary
    RegistryConnections failingRegistries(
        @Qualifier("configuredRegistryConnections") RegistryConnections files) {
      return dir -> {
        if (registriesDown) {
          throw new RegistryCheckFailedException(
              "CONVICTIONS", "convictions.csv could not be read (disk unmounted)", null);
        }
        return files.open(dir);
      };
    }
  }

  @Autowired Cli cli;
  @Autowired ScreeningResults results;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path failedOut;
  @TempDir Path cleanOut;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void registriesUpFirst() {
    registriesDown = false;
  }

  @AfterEach
  void registriesUp() {
    registriesDown = false;
  }

  @Test
  void aFailedRunContinuesWhereItEndedAndEndsAsARunThatNeverFailed() throws Exception {
    // given: a run that failed in its check step, after its import
    registriesDown = true;
    assertThat(run(SampleCommandLines.screenSample(failedOut))).isEqualTo(ExitStatus.FAILED);
    RunInfo failed = results.runs().get(0);
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(stepFailuresOf(failed.runId()))
        .as("the step failed on opening the registries, before its first chunk")
        .startsWith("screenPartiesStep: ")
        .contains("RegistryCheckFailedException: convictions.csv could not be read")
        .doesNotContain("Unable to process chunk");
    registriesDown = false;

    // when
    int status = run("restart", failed.runId(), "--lang", "en");

    // then
    assertThat(status)
        .as(stdout + "\n" + stderr + "\n" + stepFailuresOf(failed.runId()))
        .isEqualTo(ExitStatus.OK);
    assertThat(stdout.toString())
        .contains("Run " + failed.runId() + " completed")
        .contains("Reports: " + failedOut.resolve(failed.runId()));
    RunInfo restarted = results.run(failed.runId()).orElseThrow();
    assertThat(restarted.status()).isEqualTo("COMPLETED");
    assertThat(restarted.counts())
        .containsEntry(Decision.EXCLUDE, 6L)
        .containsEntry(Decision.REVIEW, 14L)
        .containsEntry(Decision.INCOMPLETE, 0L)
        .containsEntry(Decision.CLEAR, 7L);
    assertThat(importStepsOf(failed.runId()))
        .as("the import completed before the failure and is not run again")
        .isEqualTo(1);
    assertThat(run(SampleCommandLines.screenSample(cleanOut))).isEqualTo(ExitStatus.OK);
    String clean = results.runs().get(0).runId();
    assertThat(Files.readString(failedOut.resolve(failed.runId()).resolve("results.csv")))
        .isEqualTo(Files.readString(cleanOut.resolve(clean).resolve("results.csv")));

    // and a completed run is not restarted
    assertThat(run("restart", failed.runId(), "--lang", "en")).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString()).contains("Run " + failed.runId() + " has already completed");
  }

  @Test
  void aRunLeftRunningByAKilledProcessIsRestartedOnlyWhenTheOperatorSaysItIsGone() {
    // given: a failed run whose execution the database shows as running, as a killed JVM leaves it
    registriesDown = true;
    run(SampleCommandLines.screenSample(failedOut));
    String runId = results.runs().get(0).runId();
    registriesDown = false;
    jdbc.update(
        "update batch_job_execution set status = 'STARTED', exit_code = 'UNKNOWN', end_time = null"
            + " where job_execution_id = (select max(e.job_execution_id) from batch_job_execution e"
            + " join batch_job_execution_params p on p.job_execution_id = e.job_execution_id"
            + " where p.parameter_name = 'runId' and p.parameter_value = ?)",
        runId);

    // when
    int refused = run("restart", runId, "--lang", "en");
    int abandoned = run("restart", runId, "--abandon-running", "--lang", "en");

    // then
    assertThat(refused).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString()).contains("Run " + runId + " is still running");
    assertThat(abandoned)
        .as(stdout + "\n" + stderr + "\n" + stepFailuresOf(runId))
        .isEqualTo(ExitStatus.OK);
    assertThat(results.run(runId).orElseThrow().status()).isEqualTo("COMPLETED");
  }

  @Test
  void aRunThatFailedBeforeItsJobStartedHasNothingToContinue() {
    // given: a run record without a job execution, as a run that could not start leaves it
    // (numbered below every real run, and removed again, so that no other test takes it for the
    // newest run)
    jdbc.update(
        "insert into screening_run (run_id, run_number, job, started_at, as_of, actor, language,"
            + " rules_version, organised_crime_profile, status) values"
            + " ('20260101-000000-screen-999998', -1, 'screen', timestamp '2026-01-01 00:00:00',"
            + " date '2026-01-01', 'test', 'sv-SE', 'x', 'PLAN', 'FAILED')");

    // when
    int status;
    try {
      status = run("restart", "20260101-000000-screen-999998", "--lang", "en");
    } finally {
      jdbc.update("delete from screening_run where run_id = '20260101-000000-screen-999998'");
    }

    // then
    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString())
        .contains("Run 20260101-000000-screen-999998 failed before its job started");
  }

  @Test
  void anUnknownRunIsNotRestarted() {
    assertThat(run("restart", "20260101-000000-screen-999999", "--lang", "en"))
        .isEqualTo(ExitStatus.FAILED);
    assertThat(stderr.toString()).contains("No run with id 20260101-000000-screen-999999");
  }

  private int run(String... arguments) {
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), arguments);
  }

  /** The run's failed steps with the start of their exit messages, oldest first. */
  private String stepFailuresOf(String runId) {
    return String.join(
        "\n",
        jdbc.queryForList(
            "select s.step_name || ': ' || substring(coalesce(s.exit_message, '') from 1 for 300)"
                + " from batch_step_execution s join batch_job_execution_params p"
                + " on p.job_execution_id = s.job_execution_id where s.status = 'FAILED'"
                + " and p.parameter_name = 'runId' and p.parameter_value = ?"
                + " order by s.step_execution_id",
            String.class,
            runId));
  }

  private long importStepsOf(String runId) {
    return jdbc.queryForObject(
        "select count(*) from batch_step_execution s join batch_job_execution_params p"
            + " on p.job_execution_id = s.job_execution_id where s.step_name = 'screenImportStep'"
            + " and p.parameter_name = 'runId' and p.parameter_value = ?",
        Long.class,
        runId);
  }
}
