package se.vendorscreening.audit;

/** Recomputes a run folder's hashes and compares them with its manifest and the audit trail. */
public interface RunFolderVerification {

  /**
   * Verifies a run folder given as a path or as a run id (looked up in the audit trail, else under
   * the reports folder).
   *
   * @throws IllegalArgumentException when no such folder exists or its manifest is unreadable
   */
  VerificationReport verify(String runIdOrFolder);
}
