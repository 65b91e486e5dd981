package se.vendorscreening.screening;

import java.nio.file.Path;
import se.vendorscreening.shared.Decision;

/**
 * How a run ended.
 *
 * @param run the run, with its counts and status
 * @param folder the run folder written, or null
 * @param rowsRejected input rows rejected
 */
public record RunOutcome(RunInfo run, Path folder, long rowsRejected) {

  /** Whether every row was accepted and every check done (exit status 0 rather than 2). */
  public boolean isClean() {
    return rowsRejected == 0 && run.counts().getOrDefault(Decision.INCOMPLETE, 0L) == 0;
  }

  /** Whether the run failed (exit status 1). */
  public boolean failed() {
    return !"COMPLETED".equals(run.status());
  }
}
