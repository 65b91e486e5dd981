package se.vendorscreening.registry;

/**
 * A check that could not be completed after the retries (timeout, error status, reset connection,
 * an answer that is not the expected JSON). Screening turns it into {@code CHECK_FAILED} and
 * decision INCOMPLETE, never CLEAR.
 */
public class RegistryCheckFailedException extends RuntimeException {

  private final String check;

  public RegistryCheckFailedException(String check, String reason, Throwable cause) {
    super(reason, cause);
    this.check = check;
  }

  /** The check that failed, as in {@link Evidence#check()}. */
  public String check() {
    return check;
  }
}
