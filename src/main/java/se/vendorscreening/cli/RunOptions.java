package se.vendorscreening.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code screen} and {@code recheck} share: registries, as-of, out, lang, actor. */
class RunOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--registries", paramLabel = "DIR", descriptionKey = "registries")
  Path registries;

  @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "as-of")
  LocalDate asOf;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  Path out;

  @Option(names = "--lang", paramLabel = "sv|en", descriptionKey = "lang")
  String lang;

  @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "actor")
  String actor;

  /** The reports' language; a value other than sv or en is a bad command line. */
  Locale language() {
    if (lang == null || lang.equalsIgnoreCase("sv")) {
      return CommandLanguage.SWEDISH;
    }
    if (lang.equalsIgnoreCase("en")) {
      return Locale.ENGLISH;
    }
    throw new ParameterException(spec.commandLine(), "--lang: sv or en, not " + lang);
  }

  /** The actor given, else the operating-system user. */
  String actorOrUser() {
    return actor != null && !actor.isBlank() ? actor.strip() : System.getProperty("user.name");
  }

  /** The command line as given, for the audit trail. */
  String commandLine() {
    return commandLineOf(spec);
  }

  /** The command line of a command as given, for the audit trail. */
  static String commandLineOf(CommandSpec command) {
    return command.name()
        + " "
        + String.join(" ", command.commandLine().getParseResult().originalArgs());
  }
}
