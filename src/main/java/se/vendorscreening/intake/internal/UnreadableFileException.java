package se.vendorscreening.intake.internal;

import java.util.List;

/**
 * Why a whole file cannot be read, as a message code of the intake bundle and its arguments; the
 * import turns it into an {@link se.vendorscreening.intake.UnreadableInputException} in the user's
 * language.
 */
class UnreadableFileException extends RuntimeException {

  private final String file;
  private final String code;
  private final List<Object> arguments;

  UnreadableFileException(String file, String code, Object... arguments) {
    this(file, null, code, arguments);
  }

  UnreadableFileException(String file, Throwable cause, String code, Object... arguments) {
    super(file + ": " + code + " " + List.of(arguments), cause);
    this.file = file;
    this.code = code;
    this.arguments = List.of(arguments);
  }

  String file() {
    return file;
  }

  String code() {
    return code;
  }

  List<Object> arguments() {
    return arguments;
  }
}
