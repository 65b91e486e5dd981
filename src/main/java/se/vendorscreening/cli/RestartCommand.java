package se.vendorscreening.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.RunNotRestartableException;
import se.vendorscreening.screening.ScreeningJobs;

/**
 * {@code restart RUN_ID}: continues a failed or stopped screen or re-check run from where its steps
 * saved their positions, and prints how it ended as {@code screen} does.
 */
@Component
@Command(name = "restart", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-restart")
class RestartCommand implements Callable<Integer>, Subcommand {

  private final ScreeningJobs jobs;
  private final MessageSource messages;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_ID", descriptionKey = "runId")
  String runId;

  @Option(names = "--abandon-running", defaultValue = "false", descriptionKey = "abandon-running")
  boolean abandonRunning;

  /** Read by the launcher before the command runs ({@link CommandLanguage}). */
  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      descriptionKey = "lang",
      converter = LanguageOption.class)
  String lang;

  RestartCommand(ScreeningJobs jobs, MessageSource messages) {
    this.jobs = jobs;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    Locale language = CommandLanguage.ofOption(lang, Locale.getDefault());
    String command = RunOptions.commandLineOf(spec);
    try {
      return RunSummaryPrinter.print(
          jobs.restart(runId, abandonRunning, command),
          spec.commandLine().getOut(),
          messages,
          language);
    } catch (RunNotRestartableException e) {
      spec.commandLine()
          .getErr()
          .println(
              messages.getMessage("cli.restart." + e.reason(), new Object[] {runId}, language));
      return ExitStatus.FAILED;
    }
  }
}
