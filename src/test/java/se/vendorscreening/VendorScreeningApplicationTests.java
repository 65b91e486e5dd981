package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import se.vendorscreening.cli.ExitStatus;

/** Runs the entry point in this JVM and records every application context it starts. */
@ExtendWith(OutputCaptureExtension.class)
class VendorScreeningApplicationTests {

  private final Locale before = Locale.getDefault();
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
  private final List<String> starts = new ArrayList<>();
  private final List<String> beansAtStart = new ArrayList<>();
  private final List<String> beanDefinitions = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restore() {
    Locale.setDefault(before);
    System.clearProperty("screening.data-dir");
    System.clearProperty("screening.reports-dir");
    System.clearProperty("screening.cli.enabled");
  }

  private int run(String... args) {
    int[] status = new int[1];
    SpringApplication.withHook(
        application ->
            new SpringApplicationRunListener() {
              @Override
              public void starting(ConfigurableBootstrapContext bootstrapContext) {
                starts.add(String.join(" ", args));
              }

              @Override
              public void contextPrepared(ConfigurableApplicationContext context) {
                contexts.add(context);
              }

              @Override
              public void started(ConfigurableApplicationContext context, Duration timeTaken) {
                beansAtStart.addAll(List.of(context.getBeanFactory().getSingletonNames()));
                beanDefinitions.addAll(List.of(context.getBeanDefinitionNames()));
              }
            },
        () ->
            status[0] =
                VendorScreeningApplication.run(
                    args, new PrintWriter(out, true), new PrintWriter(err, true)));
    return status[0];
  }

  @Test
  void answersHelpWithoutStartingTheApplication() {
    int status = run("--help");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("Användning: vendor-screening");
    assertThat(starts).isEmpty();
    assertThat(contexts).isEmpty();
  }

  @Test
  void answersABadCommandLineWithoutStartingTheApplication() {
    int status = run("screen", "--vendors", "v.csv", "--as-of", "2026-02-30");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(err.toString()).startsWith("Ogiltigt värde för alternativet '--as-of'");
    assertThat(starts).isEmpty();
    assertThat(contexts).isEmpty();
  }

  @Test
  void screensTheSampleLazilyWithoutQuartzAndPrintsOnlyTheSummaryOnStdout(
      @TempDir Path dir, CapturedOutput output) throws IOException {
    System.setProperty("screening.data-dir", dir.resolve("data").toString());
    System.setProperty("screening.reports-dir", dir.resolve("reports").toString());
    // the test profile leaves the command line to the tests; this one runs it as main does
    System.setProperty("screening.cli.enabled", "true");

    int status =
        run("screen", "--vendors", "sample-data/lou-vendors.xlsx", "--as-of", "2026-11-20");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(starts).hasSize(1);
    assertThat(contexts).hasSize(1);
    // migrated at start; commands, jobs, Quartz and (without partitions) the worker not made
    assertThat(beansAtStart)
        .contains("flywayInitializer")
        .doesNotContain(
            "screenCommand",
            "runsCommand",
            "jobOperatorScreeningJobs",
            "screenPartitionWorkerFlow",
            "screenPartitionWorker")
        .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("quartz"));
    // the web console's auto-configuration is left out, the database's and the jobs' kept
    assertThat(beanDefinitions)
        .contains(
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration")
        .noneMatch(
            name ->
                name.startsWith("org.springframework.boot.security.")
                    || name.startsWith("org.springframework.boot.thymeleaf.")
                    || name.startsWith(
                        "org.springframework.boot.http.client.autoconfigure.reactive.")
                    || name.equals("templateEngine"));
    // stdout: the summary only, exclusions first, then the run folder; the log lines are elsewhere
    List<String> stdout = output.getOut().lines().toList();
    assertThat(stdout).hasSize(6);
    assertThat(stdout.get(0)).startsWith("Körning ").endsWith("per 2026-11-20).");
    assertThat(stdout.get(1)).matches("  Uteslut: [0-9]+");
    assertThat(stdout.get(2)).matches("  Ofullständig: [0-9]+");
    assertThat(stdout.get(3)).matches("  Granska: [0-9]+");
    assertThat(stdout.get(4)).matches("  Inga anmärkningar: [0-9]+");
    assertThat(stdout.get(5)).startsWith("Rapporter: " + dir.resolve("reports"));
    // the file the logging system writes to: this run's data directory when this run initialised
    // logging, or the one a test context cached earlier in the same JVM initialised it with
    assertThat(Files.readString(Path.of(activeLogFile())))
        .contains("phase=screenPartiesStep", "Wrote run folder");
    try (Stream<Path> runFolders = Files.list(dir.resolve("reports"))) {
      assertThat(runFolders.map(folder -> folder.resolve("results.csv")))
          .singleElement()
          .satisfies(results -> assertThat(Files.readAllLines(results)).hasSize(28));
    }
  }

  @Test
  void screensTheSampleInPartitionsWithTheWorkerReadyAtStart(@TempDir Path dir) throws IOException {
    System.setProperty("screening.data-dir", dir.resolve("data").toString());
    System.setProperty("screening.reports-dir", dir.resolve("reports").toString());
    System.setProperty("screening.cli.enabled", "true");
    System.setProperty("screening.screening.partitioning.partitions", "3");
    try {
      int status =
          run("screen", "--vendors", "sample-data/lou-vendors.xlsx", "--as-of", "2026-11-20");

      assertThat(status).isEqualTo(ExitStatus.OK);
      assertThat(beansAtStart).contains("screenPartitionWorkerFlow", "screenPartitionWorker");
      assertThat(Files.readString(Path.of(activeLogFile())))
          .contains("Partition screenPartitionStep:partition2 of run");
      try (Stream<Path> runFolders = Files.list(dir.resolve("reports"))) {
        assertThat(runFolders.map(folder -> folder.resolve("results.csv")))
            .singleElement()
            .satisfies(results -> assertThat(Files.readAllLines(results)).hasSize(28));
      }
    } finally {
      System.clearProperty("screening.screening.partitioning.partitions");
    }
  }

  @Test
  void aNewDatabaseIsMadeFromTheBuildsBaselineAndACurrentOneIsNotMigratedWithoutBuildingFlyway(
      @TempDir Path dir) throws IOException {
    System.setProperty("screening.data-dir", dir.resolve("data").toString());
    System.setProperty("screening.cli.enabled", "true");

    assertThat(run("runs")).isEqualTo(ExitStatus.OK);
    List<String> firstStart = List.copyOf(beansAtStart);
    beansAtStart.clear();
    assertThat(run("runs")).isEqualTo(ExitStatus.OK);

    // the application's own Flyway settings give the baseline's fingerprint
    assertThat(firstStart).contains("flywayInitializer").doesNotContain("flyway");
    assertThat(beansAtStart).contains("flywayInitializer").doesNotContain("flyway");
    assertThat(Files.readString(Path.of(activeLogFile())))
        .contains("Schema created from the migrations' baseline");
  }

  @Test
  void flywayMakesANewDatabaseWhenItChecksTheMigrationsEveryStart(@TempDir Path dir) {
    System.setProperty("screening.data-dir", dir.resolve("data").toString());
    System.setProperty("screening.cli.enabled", "true");
    System.setProperty("screening.database.check-migrations-every-start", "true");
    try {
      assertThat(run("runs")).isEqualTo(ExitStatus.OK);
    } finally {
      System.clearProperty("screening.database.check-migrations-every-start");
    }

    assertThat(beansAtStart).contains("flywayInitializer", "flyway");
  }

  private static String activeLogFile() {
    var context =
        (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    var file =
        (ch.qos.logback.core.FileAppender<?>)
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
    return file.getFile();
  }
}
