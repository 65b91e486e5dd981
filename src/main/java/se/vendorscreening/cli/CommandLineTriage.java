package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reads the command line before the application starts: help, the version and a bad command line
 * are answered here by picocli alone (no database, no application context), and so is {@code verify
 * --public-key}, which needs none of them; anything else is a command to run, and this says which.
 */
public final class CommandLineTriage {

  /** Commands that wait for scheduled or distributed work, so every bean must be ready at start. */
  private static final Set<String> LONG_RUNNING = Set.of("serve", "worker");

  private CommandLineTriage() {}

  /**
   * What the command line asks for.
   *
   * @param answeredWith the exit status if the command line has been answered, else {@code null}
   * @param command the subcommand to run, or {@code null} when answered
   */
  public record Triage(Integer answeredWith, String command) {

    /** Whether the command line has been answered and the process may end. */
    public boolean answered() {
      return answeredWith != null;
    }

    /** Whether the command waits for work to come (scheduler, partitions) rather than doing one. */
    public boolean longRunning() {
      return LONG_RUNNING.contains(command);
    }

    /** Whether the command runs the scheduled jobs, the only one that needs Quartz. */
    public boolean schedules() {
      return "serve".equals(command);
    }
  }

  /** Answers help, version and usage errors, writing to the given streams. */
  public static Triage of(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = CommandLines.create(new ModelOnlyFactory(), out, err);
    if (args.length == 0) {
      commandLine.usage(out);
      out.flush();
      return new Triage(ExitStatus.USAGE, null);
    }
    ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(args);
    } catch (ParameterException e) {
      return new Triage(new UsageErrorHandler().handleParseException(e, args), null);
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      out.flush();
      return new Triage(ExitStatus.OK, null);
    }
    if (!parsed.hasSubcommand()) {
      commandLine.usage(err);
      err.flush();
      return new Triage(ExitStatus.USAGE, null);
    }
    if (VerifyCommand.runsWithoutApplication(parsed.subcommand())) {
      return new Triage(VerifyCommand.runWithoutApplication(parsed.subcommand(), out, err), null);
    }
    return new Triage(null, parsed.subcommand().commandSpec().name());
  }
}
