package se.vendorscreening.screening;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.shared.Decision;

/** Reads the stored outcome of runs, for reports and for the {@code show} command. */
public interface ScreeningResults {

  /** The run, if it exists. */
  Optional<RunInfo> run(String runId);

  /** Every run, newest first. */
  List<RunInfo> runs();

  /**
   * The run's party results ordered by procurement id and org_no, streamed from the database (close
   * the stream).
   */
  Stream<PartyResult> results(String runId);

  /**
   * The run's party results with one decision, in the order of {@link #results(String)} (close the
   * stream). The database filters them, so a report of the flagged parties does not read the clear
   * ones.
   */
  default Stream<PartyResult> results(String runId, Decision decision) {
    return results(runId).filter(party -> party.decision() == decision);
  }

  /**
   * The run's parties that an officer's override cleared (decision CLEAR, the rules' decision not),
   * in the order of {@link #results(String)} (close the stream): reports name them, since no
   * flagged section would.
   */
  default Stream<PartyResult> clearedByOverride(String runId) {
    return results(runId, Decision.CLEAR)
        .filter(party -> party.computedDecision() != Decision.CLEAR);
  }

  /**
   * The run's changes (re-check only), changes first: every class but UNCHANGED, then UNCHANGED.
   */
  Stream<PartyChange> changes(String runId);

  /** The input rows the run's import rejected. */
  List<RejectedRow> rejectedRows(String runId);
}
