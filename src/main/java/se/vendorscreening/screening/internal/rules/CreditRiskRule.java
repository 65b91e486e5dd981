package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party's credit risk class is below the limit (default 3 on the UC scale, 1 = very high risk),
 * which questions its financial standing (LOU 14 kap. 5 §).
 */
final class CreditRiskRule implements Rule {

  static final RuleId ID = RuleId.CREDIT_RISK;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    int limit = context.rules().file().financial().riskClassLimit();
    return CurrentStanding.of(evidence)
        .filter(m -> m.record().riskClass() < limit)
        .map(
            m ->
                CurrentStanding.describe(FindingBuilder.finding(ID, context), m)
                    .evidence("risk_class_limit", limit)
                    .ruleSummary(evidence.party().name(), m.record().riskClass(), limit)
                    .build())
        .stream()
        .toList();
  }
}
