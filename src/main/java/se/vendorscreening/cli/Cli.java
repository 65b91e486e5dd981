package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import se.vendorscreening.shared.LogMarkers;

/** Runs one command line with commands the application context creates. */
@Component
public class Cli {

  private static final Logger log = LoggerFactory.getLogger(Cli.class);

  private final IFactory factory;
  private final AutowireCapableBeanFactory beanFactory;
  private final MessageSource messages;
  private final String logFile;

  Cli(
      IFactory factory,
      AutowireCapableBeanFactory beanFactory,
      MessageSource messages,
      @Value("${screening.log-file:}") String logFile) {
    this.factory = factory;
    this.beanFactory = beanFactory;
    this.messages = messages;
    this.logFile = logFile;
  }

  /**
   * Creates the commands of one command line. Fresh instances every time: picocli takes a field's
   * current value as its default, so a reused command would carry options (say --unmask) over into
   * the next command line. Only the command the line runs is made by the application context, with
   * its collaborators; the others are there for picocli's model only, made as before the
   * application started ({@link ModelOnlyFactory}), so that a screen does not make the beans of the
   * console's users, the generator, the worker and the other commands. Should the arguments not
   * name a command plainly (an {@code @file} of arguments, say), every command is made by the
   * context.
   */
  private IFactory commandsFor(String[] args) {
    String command = CommandLineTriage.commandName(args);
    IFactory modelOnly = new ModelOnlyFactory();
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (!Subcommand.class.isAssignableFrom(type)) {
          return factory.create(type);
        }
        return runs(type, command) ? beanFactory.createBean(type) : modelOnly.create(type);
      }
    };
  }

  private static boolean runs(Class<?> type, String command) {
    if (command == null || !CommandLineTriage.isSubcommand(command)) {
      return true;
    }
    Command annotation = type.getAnnotation(Command.class);
    return annotation == null || command.equals(annotation.name());
  }

  /**
   * The command line's model: the one built before the application started for these arguments if
   * there is one (with the command the line runs made again by the context), else a new one.
   */
  private CommandLine commandLine(String[] args, PrintWriter out, PrintWriter err) {
    String command = CommandLineTriage.commandName(args);
    return TriagedCommandLine.take(args)
        .filter(model -> command != null && CommandLineTriage.isSubcommand(command))
        .map(model -> CommandLines.withCommand(model, command, commandsFor(args), out, err))
        .orElseGet(() -> CommandLines.create(commandsFor(args), out, err));
  }

  /** Runs one command line and returns its exit status. */
  public int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs one command line, writing to the given streams, and returns its exit status. */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(args, out, err);
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> {
          // the line and its stack trace go to the log file only; the terminal gets one clear
          // message (logback-spring.xml keeps this marker off the console)
          log.error(
              LogMarkers.LOG_FILE_ONLY, "Command {} failed", failed.getCommandName(), exception);
          failed.getErr().println(failed.getColorScheme().errorText(failureMessage(exception)));
          return ExitStatus.FAILED;
        });
    commandLine.setExitCodeExceptionMapper(exception -> ExitStatus.FAILED);
    if (args.length == 0) {
      commandLine.usage(out);
      return ExitStatus.USAGE;
    }
    Locale previous = LocaleContextHolder.getLocale();
    LocaleContextHolder.setLocale(CommandLanguage.of(args, System.getenv("SCREENING_LANG")));
    try {
      return commandLine.execute(args);
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
  }

  /** The failure's own message, and where its details are. */
  private String failureMessage(Throwable exception) {
    String message = messageOf(exception);
    if (logFile.isBlank()) {
      return message;
    }
    return message
        + " "
        + messages.getMessage(
            "cli.error.details", new Object[] {logFile}, LocaleContextHolder.getLocale());
  }

  private static String messageOf(Throwable exception) {
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
