package se.vendorscreening.audit;

/**
 * One way a run folder differs from what its manifest or the audit trail says it held.
 *
 * @param file the file's name within the run folder
 * @param problem what is wrong
 * @param reference what the file was compared with
 * @param expected the recorded SHA-256, or null
 * @param actual the file's SHA-256 now, or null
 */
public record FileDiscrepancy(
    String file, Problem problem, Reference reference, String expected, String actual) {

  /** What is wrong with a file. */
  public enum Problem {
    /** Its bytes differ from the recorded hash. */
    CHANGED,
    /** It was recorded but is not in the folder. */
    MISSING,
    /** It is in the folder but was not recorded. */
    EXTRA
  }

  /** What a file was compared with. */
  public enum Reference {
    /** The run folder's {@code manifest.json}. */
    MANIFEST,
    /** The run record in the audit trail. */
    AUDIT_TRAIL
  }
}
