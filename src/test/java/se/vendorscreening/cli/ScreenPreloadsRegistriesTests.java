package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The screen job opens the run's registries on a thread of their own while the vendor list is
 * imported, and the screening step uses what that thread loaded, or fails as it failed.
 */
@SpringBootTest
class ScreenPreloadsRegistriesTests {

  static final List<String> openedOn = new CopyOnWriteArrayList<>();
  static final List<Long> screeningStepsRunningWhenOpened = new CopyOnWriteArrayList<>();
  static volatile RuntimeException failWith;

  @TestConfiguration
  static class RecordingRegistries {

    /** The configured file registries, recording where and when they are opened. */
    @Bean
    @Primary
    RegistryConnections recordingRegistries(
        @Qualifier("configuredRegistryConnections") RegistryConnections files, JdbcTemplate jdbc) {
      return dir -> {
        openedOn.add(Thread.currentThread().getName());
        screeningStepsRunningWhenOpened.add(
            jdbc.queryForObject(
                "select count(*) from batch_step_execution"
                    + " where step_name = 'screenPartiesStep' and status = 'STARTED'",
                Long.class));
        if (failWith != null) {
          throw failWith;
        }
        return files.open(dir);
      };
    }
  }

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @TempDir Path out;

  @BeforeEach
  void reset() {
    openedOn.clear();
    screeningStepsRunningWhenOpened.clear();
    failWith = null;
  }

  @Test
  void registriesAreOpenedOnceOnTheirOwnThreadBeforeTheScreeningStepStarts() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status = screenSample(stdout, stderr);

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.OK);
    // once, on a thread of the preload executor, never on the step's own threads
    assertThat(openedOn).singleElement().asString().startsWith("registry-preload-");
    assertThat(screeningStepsRunningWhenOpened).containsExactly(0L);
    var counts = results.runs().get(0).counts();
    assertThat(counts.get(Decision.EXCLUDE)).isEqualTo(6);
    assertThat(counts.get(Decision.REVIEW)).isEqualTo(14);
    assertThat(counts.get(Decision.CLEAR)).isEqualTo(7);
  }

  @Test
  void aRegistryThatCannotBeOpenedFailsTheRunWithItsReason() {
    failWith =
        new RegistryCheckFailedException(
            "CONVICTIONS", "convictions.csv: line 7 has 3 columns, expected 9", null);
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status = screenSample(stdout, stderr);

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.FAILED);
    assertThat(openedOn)
        .as("opened once, never again by the step's other threads")
        .singleElement()
        .asString()
        .startsWith("registry-preload-");
    assertThat(results.runs().get(0).status()).isEqualTo("FAILED");
    assertThat(results.runs().get(0).counts().get(Decision.CLEAR)).isZero();
  }

  private int screenSample(StringWriter stdout, StringWriter stderr) {
    return cli.execute(
        new PrintWriter(stdout), new PrintWriter(stderr), SampleCommandLines.screenSample(out));
  }
}
