package se.vendorscreening.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--lang",
      paramLabel = "sv|en",
      descriptionKey = "lang",
      converter = LanguageOption.class)
  String lang;

  @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "actor")
  String actor;

  /**
   * The reports' language: this command's {@code --lang}, else the one given before the command
   * ({@code vendor-screening --lang en screen ...}), else {@code SCREENING_LANG}, else Swedish.
   */
  Locale language() {
    String given = lang;
    CommandLine parent = spec.commandLine().getParent();
    if (given == null && parent != null && parent.getParseResult() != null) {
      given = parent.getParseResult().matchedOptionValue("--lang", null);
    }
    return CommandLanguage.ofOption(
        given, CommandLanguage.of(new String[0], System.getenv("SCREENING_LANG")));
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
