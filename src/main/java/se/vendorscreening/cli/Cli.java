package se.vendorscreening.cli;

import java.io.PrintWriter;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Runs one command line with commands the application context creates. */
@Component
public class Cli {

  private final IFactory factory;

  Cli(IFactory factory, AutowireCapableBeanFactory beanFactory) {
    // Fresh instances every time: picocli takes a field's current value as its default, so a
    // reused command would carry options (say --unmask) over into the next command line.
    this.factory =
        new IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            return Subcommand.class.isAssignableFrom(type)
                ? beanFactory.createBean(type)
                : factory.create(type);
          }
        };
  }

  /** Runs one command line and returns its exit status. */
  public int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs one command line, writing to the given streams, and returns its exit status. */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = CommandLines.create(factory, out, err);
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
