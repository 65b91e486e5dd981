package se.vendorscreening.screening;

/** Starts the screening and re-check jobs; the CLI and the scheduler call it. */
public interface ScreeningJobs {

  /** Runs the screen job (import, check, decide, write) to the end. */
  RunOutcome screen(ScreenRequest request);

  /** Runs the re-check job over every party of every ACTIVE contract to the end. */
  RunOutcome recheck(RecheckRequest request);

  /**
   * Continues a run that failed or was stopped, from the positions its steps saved, with the
   * parameters, rules and as-of date it was started with, to the end.
   *
   * @param abandonRunning whether an execution the job repository still shows as running was left
   *     by a process that is gone (the operator knows; on the embedded database no other process
   *     can be running)
   * @param command the command line, for the audit trail
   * @throws RunNotRestartableException when there is no such run, it completed, or it is running
   */
  RunOutcome restart(String runId, boolean abandonRunning, String command);
}
