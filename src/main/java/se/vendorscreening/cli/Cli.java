package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.List;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds the command line from every {@link Subcommand} bean and runs it. */
@Component
public class Cli {

  private final IFactory factory;
  private final AutowireCapableBeanFactory beanFactory;
  private final List<Class<?>> subcommandTypes;

  Cli(IFactory factory, AutowireCapableBeanFactory beanFactory, List<Subcommand> subcommands) {
    this.factory = factory;
    this.beanFactory = beanFactory;
    this.subcommandTypes =
        subcommands.stream().<Class<?>>map(command -> ClassUtils.getUserClass(command)).toList();
  }

  /** Runs one command line and returns its exit status. */
  public int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs one command line, writing to the given streams, and returns its exit status. */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new VendorScreeningCommand(), factory);
    // Fresh instances every time: picocli takes a field's current value as its default, so a
    // reused command would carry options (say --unmask) over into the next command line.
    subcommandTypes.forEach(type -> commandLine.addSubcommand(beanFactory.createBean(type)));
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
