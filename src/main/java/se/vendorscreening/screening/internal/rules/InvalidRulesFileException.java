package se.vendorscreening.screening.internal.rules;

/**
 * config/rules.yml cannot be used: its message, in the user's language, names the file, each wrong
 * key, its value and what is wrong with it.
 */
final class InvalidRulesFileException extends IllegalStateException {

  InvalidRulesFileException(String message) {
    super(message);
  }
}
