package se.vendorscreening.cli;

/** The exit statuses of the product contract (SPEC section 3). */
public final class ExitStatus {

  /** Completed, every row accepted and every check done. */
  public static final int OK = 0;

  /** Failed; the run folder, if any, says so. */
  public static final int FAILED = 1;

  /** Completed, but some input rows were rejected or some decisions are INCOMPLETE. */
  public static final int COMPLETED_WITH_PROBLEMS = 2;

  /** Bad command line. */
  public static final int USAGE = 64;

  private ExitStatus() {}
}
