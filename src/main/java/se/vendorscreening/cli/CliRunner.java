package se.vendorscreening.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the command line once the application has started and hands its status to the JVM. */
@Component
@ConditionalOnProperty(name = "screening.cli.enabled", havingValue = "true", matchIfMissing = true)
class CliRunner implements CommandLineRunner, ExitCodeGenerator {

  private final Cli cli;
  private int exitStatus;

  CliRunner(Cli cli) {
    this.cli = cli;
  }

  @Override
  public void run(String... args) {
    exitStatus = cli.execute(args);
  }

  @Override
  public int getExitCode() {
    return exitStatus;
  }
}
