package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;

/**
 * Puts a vendor under REVIEW when one of its subcontractors is EXCLUDE or REVIEW (after that
 * subcontractor's overrides), then applies the vendor's own overrides again, since overrides come
 * last.
 */
final class SubcontractorFlags {

  private final SubcontractorFlaggedRule rule = new SubcontractorFlaggedRule();

  /**
   * The vendor's result with a {@code SUBCONTRACTOR_FLAGGED} finding for each flagged subcontractor
   * (in the order given), or the result unchanged when none is flagged.
   */
  PartyResult flag(
      PartyResult vendor,
      List<PartyResult> subcontractors,
      RuleContext context,
      List<AppliedOverride> vendorOverrides) {
    List<Finding> added = new ArrayList<>();
    RuleContext regime = context.under(vendor.procurementType());
    for (PartyResult subcontractor : subcontractors) {
      if (SubcontractorFlaggedRule.flags(subcontractor.decision())) {
        added.add(rule.findingFor(subcontractor, regime));
      }
    }
    if (added.isEmpty()) {
      return vendor;
    }
    List<Finding> ruleFindings = new ArrayList<>(OverrideJudgement.withoutNotes(vendor.findings()));
    ruleFindings.addAll(added);
    ruleFindings.sort(RuleOrder.FINDINGS);
    OverrideJudgement judgement =
        OverrideJudgement.judge(
            vendor.procurementId(),
            vendor.name(),
            vendor.orgNo(),
            ruleFindings,
            vendorOverrides,
            regime);
    List<AppliedOverride> applied = judgement.applied();
    List<Finding> findings = judgement.withNotes(ruleFindings);
    return new PartyResult(
        vendor.procurementId(),
        vendor.procurementType(),
        vendor.partyKey(),
        vendor.orgNo(),
        vendor.name(),
        vendor.role(),
        vendor.parentOrgNo(),
        Decisions.computed(findings),
        Decisions.afterOverrides(findings, applied),
        findings,
        vendor.contracts(),
        applied,
        vendor.personsChecked());
  }
}
