package se.vendorscreening.screening;

/** Starts the screening and re-check jobs; the CLI and the scheduler call it. */
public interface ScreeningJobs {

  /** Runs the screen job (import, check, decide, write) to the end. */
  RunOutcome screen(ScreenRequest request);

  /** Runs the re-check job over every party of every ACTIVE contract to the end. */
  RunOutcome recheck(RecheckRequest request);
}
