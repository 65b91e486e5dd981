package se.vendorscreening.cli;

/** The exit statuses of the commands (README, "Exit status"). */
public final class ExitStatus {

  /** Completed, every row accepted and every check done. */
  public static final int OK = 0;

  /** Failed; the run folder, if any, says so. */
  public static final int FAILED = 1;

  /** Completed, but some input rows were rejected or some decisions are INCOMPLETE. */
  public static final int COMPLETED_WITH_PROBLEMS = 2;

  /**
   * {@code verify}: the files match their manifest, but this database has no record of the run
   * (docs/verify.md).
   */
  public static final int NOT_RECORDED = 3;

  /**
   * {@code verify}: a file differs from the manifest or the audit trail, or the manifest's
   * signature does not verify (docs/verify.md).
   */
  public static final int MISMATCH = 4;

  /** Bad command line. */
  public static final int USAGE = 64;

  private ExitStatus() {}
}
