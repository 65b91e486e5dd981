package se.vendorscreening;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import se.vendorscreening.cli.CommandLanguage;
import se.vendorscreening.cli.CommandLineTriage;

/** Entry point of the vendor screening service: a command line application on Spring Boot. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class VendorScreeningApplication {

  private static final String QUARTZ =
      "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration";
  private static final String BACKGROUND_PREINITIALIZER_OFF =
      "spring.backgroundpreinitializer.ignore";

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs one command line and returns its exit status. Help, the version and a bad command line are
   * answered before the application starts. A command that does one piece of work creates only the
   * beans it uses (lazy initialisation); {@code serve} and {@code worker} create every bean at
   * start, so that scheduled and partitioned work is ready when it arrives. Only {@code serve} gets
   * Quartz and the web console's auto-configuration ({@link CommandAutoConfigurationFilter}).
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    Locale.setDefault(CommandLanguage.of(args, System.getenv("SCREENING_LANG")));
    CommandLineTriage.Triage triage = CommandLineTriage.of(args, out, err);
    if (triage.answered()) {
      return triage.answeredWith();
    }
    if (!triage.longRunning()) {
      // Boot warms up Jackson, Bean Validation, the message converters and Tomcat on a thread of
      // its own, for the first web request; a one-shot command pays that CPU (about 1,900 classes)
      // on a machine of few cores and then mostly does not use them. Read when the application's
      // listeners are made, so before the SpringApplication.
      System.setProperty(BACKGROUND_PREINITIALIZER_OFF, "true");
    }
    SpringApplication application = new SpringApplication(VendorScreeningApplication.class);
    application.setLazyInitialization(!triage.longRunning());
    Map<String, Object> defaults = new HashMap<>();
    defaults.put(CommandAutoConfigurationFilter.COMMAND_PROPERTY, triage.command());
    if (!triage.schedules()) {
      defaults.put("spring.autoconfigure.exclude", QUARTZ);
    }
    application.setDefaultProperties(defaults);
    StartupSteps steps =
        StartupSteps.recordIfAsked(application, System.getenv("SCREENING_STARTUP_STEPS"));
    try {
      var context = application.run(args);
      steps.logSteps();
      return SpringApplication.exit(context);
    } catch (RuntimeException failure) {
      String key = System.getenv("SCREENING_DATABASE_ENCRYPTION_KEY");
      var explained =
          DatabaseKeyFailure.explain(failure, key != null && !key.isBlank(), Locale.getDefault());
      if (explained.isEmpty()) {
        throw failure;
      }
      err.println(explained.get());
      err.flush();
      return DatabaseKeyFailure.EXIT_STATUS;
    }
  }
}
