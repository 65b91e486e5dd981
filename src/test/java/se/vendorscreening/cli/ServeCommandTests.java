package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.vendorscreening.scheduling.JobScheduling;

@SpringBootTest
@DirtiesContext
class ServeCommandTests {

  static final Path JOBS_DIR = jobsDir();

  @DynamicPropertySource
  static void jobsFolder(DynamicPropertyRegistry registry) {
    // as the operator sets it: the environment variable SCREENING_JOBS_DIR
    registry.add("SCREENING_JOBS_DIR", JOBS_DIR::toString);
  }

  @Autowired Cli cli;
  @Autowired JobScheduling scheduling;
  @Autowired Scheduler scheduler;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Locale before = Locale.getDefault();

  @BeforeEach
  void speakSwedishAsTheApplicationDoesByDefault() {
    // VendorScreeningApplication.main sets it; the test JVM's own default depends on the machine.
    Locale.setDefault(CommandLanguage.SWEDISH);
  }

  @AfterEach
  void restoreTheLanguage() {
    Locale.setDefault(before);
  }

  @Test
  void servesTheJobsFolderUntilStoppedAndThenShutsTheSchedulerDown() throws Exception {
    write(
        "nightly.yml",
        "name: nightly-test",
        "job: recheck",
        "cron: '0 0 2 * * ?'",
        "zone: Europe/Stockholm");
    Files.deleteIfExists(JOBS_DIR.resolve("broken.yml"));

    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () -> cli.execute(new PrintWriter(out), new PrintWriter(err), "serve"));
    await().atMost(Duration.ofSeconds(20)).until(() -> out.toString().contains("Väntar."));

    assertThat(scheduler.isStarted()).isTrue();
    assertThat(out.toString())
        .contains("Schemaläggaren startade med 1 jobb:")
        .containsPattern(
            "  nightly-test \\(recheck\\): 0 0 2 \\* \\* \\? Europe/Stockholm, nästa körning 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:00:00(Z|[+-]\\d\\d:\\d\\d)");
    assertThat(serving).isNotDone();
    assertThat(err.toString())
        .as("the test database has no encryption key")
        .contains("Varning: databasfilen är inte krypterad.");

    scheduling.stop();

    assertThat(serving.get()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("Schemaläggaren har stoppats.");
    assertThat(scheduler.isShutdown()).isTrue();
  }

  @Test
  void refusesToServeAnInvalidJobDefinitionAndSaysWhichKeyIsWrong() throws Exception {
    write(
        "broken.yml",
        "name: broken",
        "job: recheck",
        "cron: '0 0 25 * * ?'",
        "zone: Europe/Stockholm");

    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "serve");

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString())
        .contains(
            JOBS_DIR.resolve("broken.yml")
                + ": key 'cron': '0 0 25 * * ?' is not a Quartz cron expression");
  }

  @Test
  void explainsServeInSwedish() {
    int status = cli.execute(new PrintWriter(out), new PrintWriter(err), "serve", "--help");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("Kör schemalagda jobb (jobs/*.yml")
        .contains("SCREENING_JOBS_DIR");
  }

  private static void write(String name, String... lines) throws IOException {
    Files.writeString(JOBS_DIR.resolve(name), String.join("\n", lines) + "\n");
  }

  private static Path jobsDir() {
    try {
      return Files.createTempDirectory("serve-jobs");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
