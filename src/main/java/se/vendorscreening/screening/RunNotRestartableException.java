package se.vendorscreening.screening;

/**
 * A run that cannot be restarted: unknown, failed before its job started, completed, or running.
 */
public class RunNotRestartableException extends RuntimeException {

  private final String runId;
  private final String reason;

  /**
   * @param reason {@code not-found}, {@code never-started}, {@code completed} or {@code running}
   */
  public RunNotRestartableException(String runId, String reason) {
    super("run " + runId + " cannot be restarted: " + reason);
    this.runId = runId;
    this.reason = reason;
  }

  public String runId() {
    return runId;
  }

  /** {@code not-found}, {@code never-started}, {@code completed} or {@code running}. */
  public String reason() {
    return reason;
  }
}
