package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the command line from every {@link Subcommand} bean and runs it. */
@Component
public class Cli {

  private final IFactory factory;
  private final List<Subcommand> subcommands;

  Cli(IFactory factory, List<Subcommand> subcommands) {
    this.factory = factory;
    this.subcommands = subcommands;
  }

  /** Runs one command line and returns its exit status. */
  public int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs one command line, writing to the given streams, and returns its exit status. */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new VendorScreeningCommand(), factory);
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          CommandLine failed = exception.getCommandLine();
          failed.getErr().println(exception.getMessage());
          failed.usage(failed.getErr());
          return ExitStatus.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          failed.getErr().println(failed.getColorScheme().errorText(messageOf(exception)));
          return ExitStatus.FAILED;
        });
    commandLine.setExitCodeExceptionMapper(exception -> ExitStatus.FAILED);
    if (args.length == 0) {
      commandLine.usage(out);
      return ExitStatus.USAGE;
    }
    return commandLine.execute(args);
  }

  private static String messageOf(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
