package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import se.vendorscreening.cli.ExitStatus;

/** Runs the entry point in this JVM and records every application context it starts. */
class VendorScreeningApplicationTests {

  private final Locale before = Locale.getDefault();
  private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
  private final List<String> starts = new ArrayList<>();
  private final List<String> beansAtStart = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restore() {
    Locale.setDefault(before);
    System.clearProperty("screening.data-dir");
    System.clearProperty("screening.reports-dir");
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
  void startsTheApplicationLazilyForACommandThatDoesOnePieceOfWork(@TempDir Path dir) {
    System.setProperty("screening.data-dir", dir.resolve("data").toString());
    System.setProperty("screening.reports-dir", dir.resolve("reports").toString());

    int status = run("runs");

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(starts).containsExactly("runs");
    assertThat(contexts).hasSize(1);
    assertThat(beansAtStart)
        .contains("dataSource", "flywayInitializer")
        .doesNotContain(
            "runsCommand", "screenCommand", "jobOperatorScreeningJobs", "quartzScheduler");
  }
}
