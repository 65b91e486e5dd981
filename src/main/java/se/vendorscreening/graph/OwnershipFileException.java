package se.vendorscreening.graph;

/**
 * An ownership file that cannot be used: unreadable, a required column missing, or a row with a bad
 * value. The message names the file, line, column and value and says why, in English; {@link
 * #reasonKey()} and {@link #arguments()} give it in the user's language from the {@code graph}
 * bundle.
 */
public class OwnershipFileException extends RuntimeException {

  private final String reasonKey;
  private final transient Object[] arguments;

  public OwnershipFileException(String message, String reasonKey, Object... arguments) {
    super(message);
    this.reasonKey = reasonKey;
    this.arguments = arguments.clone();
  }

  /** The message key of the reason in {@code messages/graph*.properties}. */
  public String reasonKey() {
    return reasonKey;
  }

  /** The message's arguments: file, line, column, value as they apply. */
  public Object[] arguments() {
    return arguments.clone();
  }
}
