package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

  /**
   * The subcommand a command line names, read as picocli reads it: the first argument that is not
   * an option, {@code --lang}'s value skipped. Null when there is none; it may be a word that names
   * no command ({@link #isSubcommand}).
   */
  static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  /** Whether the word is the name of one of the top command's subcommands. */
  static boolean isSubcommand(String name) {
    for (Class<?> subcommand :
        VendorScreeningCommand.class.getAnnotation(Command.class).subcommands()) {
      Command command = subcommand.getAnnotation(Command.class);
      if (command != null && command.name().equals(name)) {
        return true;
      }
    }
    return false;
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
    TriagedCommandLine.offer(args, commandLine);
    return new Triage(null, parsed.subcommand().commandSpec().name());
  }
}
