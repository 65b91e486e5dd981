package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;

/** A stored result with findings added after the screening step, decided again. */
final class PartyResults {

  private PartyResults() {}

  /**
   * The result with the given findings (sorted in rule order), its decision computed from them and
   * the party's overrides applied again, since overrides come last.
   */
  static PartyResult withFindings(
      PartyResult result, List<Finding> findings, List<AppliedOverride> partyOverrides) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(RuleOrder.FINDINGS);
    List<AppliedOverride> applied = Decisions.applicable(sorted, partyOverrides);
    return new PartyResult(
        result.procurementId(),
        result.procurementType(),
        result.partyKey(),
        result.orgNo(),
        result.name(),
        result.role(),
        result.parentOrgNo(),
        Decisions.computed(sorted),
        Decisions.afterOverrides(sorted, applied),
        sorted,
        result.contracts(),
        applied,
        result.personsChecked());
  }
}
