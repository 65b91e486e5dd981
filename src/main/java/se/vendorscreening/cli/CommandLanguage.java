package se.vendorscreening.cli;

import java.util.Locale;

/**
 * The language of the command line's own texts: Swedish unless {@code --lang en} is given or {@code
 * SCREENING_LANG} says otherwise.
 */
public final class CommandLanguage {

  /** The default language of everything users read. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private CommandLanguage() {}

  /** The language asked for by the arguments, else by the environment, else Swedish. */
  public static Locale of(String[] args, String environmentSetting) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--lang=")) {
        return toLocale(args[i].substring("--lang=".length()));
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return toLocale(args[i + 1]);
      }
    }
    return environmentSetting == null || environmentSetting.isBlank()
        ? SWEDISH
        : toLocale(environmentSetting);
  }

  /**
   * The language of a command's own {@code --lang}, or {@code otherwise} when it was not given (the
   * launcher has then set the default from the arguments before the command and the environment).
   */
  static Locale ofOption(String lang, Locale otherwise) {
    return lang == null ? otherwise : toLocale(lang);
  }

  private static Locale toLocale(String language) {
    return language.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : SWEDISH;
  }
}
