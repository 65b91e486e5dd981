package se.vendorscreening.intake;

/**
 * A file that cannot be read at all (not CSV or XLSX, no header, a required column missing,
 * encrypted, too large, a zip bomb). Nothing is written to the register; the message names the file
 * and says why, in the user's language.
 */
public class UnreadableInputException extends RuntimeException {

  public UnreadableInputException(String message) {
    super(message);
  }

  public UnreadableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
