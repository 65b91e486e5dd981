package se.vendorscreening.shared;

/**
 * The outcome for one party, in order of severity for the nightly comparison (CLEAR < REVIEW <
 * INCOMPLETE < EXCLUDE). Precedence when findings are combined is the same order: EXCLUDE wins over
 * INCOMPLETE, which wins over REVIEW, which wins over CLEAR.
 */
public enum Decision {
  CLEAR,
  REVIEW,
  INCOMPLETE,
  EXCLUDE;

  /** Whether this decision is more severe than the other. */
  public boolean isMoreSevereThan(Decision other) {
    return compareTo(other) > 0;
  }

  /** The more severe of the two. */
  public static Decision mostSevere(Decision a, Decision b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
