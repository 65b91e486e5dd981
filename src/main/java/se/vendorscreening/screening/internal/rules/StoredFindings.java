package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * What a step that adds findings to a stored result needs of it, without its findings' texts and
 * evidence: its decisions, whether overrides were applied, and each finding's rule, decision and
 * whether it is information only, in the order stored.
 *
 * @param overridden whether the stored result has overrides applied
 * @param findings by ordinal
 */
public record StoredFindings(
    String procurementId,
    String partyKey,
    ProcurementType procurementType,
    Decision computedDecision,
    Decision decision,
    boolean overridden,
    List<Stored> findings) {

  public StoredFindings {
    findings = List.copyOf(findings);
  }

  /** One stored finding, by its ordinal among the party's findings. */
  public record Stored(int ordinal, String ruleId, Decision decision, boolean informational) {}
}
