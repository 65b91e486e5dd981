package se.vendorscreening.screening;

import java.util.List;

/**
 * Someone saw full identity numbers of a run's parties ({@code show --unmask}, or the console); the
 * audit trail records who, when, which parties and why.
 *
 * @param runId the run shown
 * @param actor who asked
 * @param partyKeys the parties whose numbers were shown
 * @param reason the reason the user stated (the console asks for one), or null
 */
public record ResultsUnmasked(String runId, String actor, List<String> partyKeys, String reason) {

  /** An unmasked view without a stated reason ({@code show --unmask}). */
  public ResultsUnmasked(String runId, String actor, List<String> partyKeys) {
    this(runId, actor, partyKeys, null);
  }
}
