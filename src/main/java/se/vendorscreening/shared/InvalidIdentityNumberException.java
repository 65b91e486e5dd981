package se.vendorscreening.shared;

/** Thrown when a text is not a valid Swedish identity number; the message says why. */
public class InvalidIdentityNumberException extends IllegalArgumentException {

  private final String value;

  public InvalidIdentityNumberException(String value, String reason) {
    super(reason);
    this.value = value;
  }

  /** The text that was rejected. */
  public String value() {
    return value;
  }
}
