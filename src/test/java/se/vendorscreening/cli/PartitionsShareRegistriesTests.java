package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * A process that runs several partitions of one run opens the run's registries once, not once a
 * partition (on the embedded H2 the manager runs every partition itself, one after the other): at a
 * million conviction records each opening costs seconds.
 */
@SpringBootTest(properties = "screening.screening.partitioning.partitions=4")
class PartitionsShareRegistriesTests {

  static final List<String> openedOn = new CopyOnWriteArrayList<>();

  @TestConfiguration
  static class RecordingRegistries {

    /** The configured file registries, recording where they are opened. */
    @Bean
    @Primary
    RegistryConnections recordingRegistries(
        @Qualifier("configuredRegistryConnections") RegistryConnections files) {
      return dir -> {
        openedOn.add(Thread.currentThread().getName());
        return files.open(dir);
      };
    }
  }

  @Autowired Cli cli;
  @Autowired ScreeningResults results;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path out;

  @Test
  void fourPartitionsInOneProcessOpenTheRegistriesOnce() {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int status =
        cli.execute(
            new PrintWriter(stdout), new PrintWriter(stderr), SampleCommandLines.screenSample(out));

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.OK);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from batch_step_execution where step_name like"
                    + " 'screenPartitionStep%' and status = 'COMPLETED'",
                Long.class))
        .isEqualTo(4);
    // once, on a thread of the preload executor, never on the step's own threads
    assertThat(openedOn).singleElement().asString().startsWith("registry-preload-");
    var counts = results.runs().get(0).counts();
    assertThat(counts.get(Decision.EXCLUDE)).isEqualTo(6);
    assertThat(counts.get(Decision.REVIEW)).isEqualTo(14);
    assertThat(counts.get(Decision.CLEAR)).isEqualTo(7);
  }
}
