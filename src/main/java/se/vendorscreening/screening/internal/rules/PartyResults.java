package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;

/** A stored result with findings added after the screening step, decided again. */
public final class PartyResults {

  private PartyResults() {}

  /**
   * The result with the given findings (sorted in rule order), its decision computed from them and
   * the party's overrides judged again against them, since overrides come last (the notes of an
   * earlier judgement are replaced).
   */
  public static PartyResult withFindings(
      PartyResult result,
      List<Finding> findings,
      List<AppliedOverride> partyOverrides,
      RuleContext context) {
    List<Finding> ruleFindings = new ArrayList<>(OverrideJudgement.withoutNotes(findings));
    ruleFindings.sort(RuleOrder.FINDINGS);
    OverrideJudgement judgement =
        OverrideJudgement.judge(
            result.procurementId(),
            result.name(),
            result.orgNo(),
            ruleFindings,
            partyOverrides,
            context);
    List<AppliedOverride> applied = judgement.applied();
    List<Finding> sorted = judgement.withNotes(ruleFindings);
    return new PartyResult(
        result.procurementId(),
        result.procurementType(),
        result.partyKey(),
        result.orgNo(),
        result.name(),
        result.role(),
        result.parentOrgNo(),
        Decisions.computed(ruleFindings),
        Decisions.afterOverrides(sorted, applied),
        sorted,
        result.contracts(),
        applied,
        result.personsChecked());
  }
}
