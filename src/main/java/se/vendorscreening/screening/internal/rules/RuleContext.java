package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * What every rule needs besides the evidence: the regime, the evaluation date, the rules and the
 * texts of the run's language.
 *
 * @param regime the procurement's regime
 * @param asOf the evaluation date of every time-dependent rule
 * @param rules the effective rules
 * @param texts finding texts in the run's language
 */
public record RuleContext(
    ProcurementType regime, LocalDate asOf, RuleSet rules, FindingTexts texts) {

  Decision decisionOf(String ruleId) {
    return rules.rule(ruleId).decisionUnder(regime);
  }

  String legalBasisOf(String ruleId) {
    return rules.rule(ruleId).legalBasis();
  }

  public RuleContext under(ProcurementType otherRegime) {
    return new RuleContext(otherRegime, asOf, rules, texts);
  }
}
