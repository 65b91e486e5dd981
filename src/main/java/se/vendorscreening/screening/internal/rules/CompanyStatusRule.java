package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party is bankrupt, in liquidation, in reconstruction or deregistered (LOU 13 kap. 3 § 2, LOV
 * 7 kap. 1 § 1–2).
 */
final class CompanyStatusRule implements Rule {

  static final RuleId ID = RuleId.COMPANY_STATUS;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    return CurrentStanding.of(evidence)
        .filter(m -> m.record().status() != null && m.record().status() != CompanyStatus.ACTIVE)
        .map(
            m ->
                CurrentStanding.describe(FindingBuilder.finding(ID, context), m)
                    .ruleSummary(
                        evidence.party().name(),
                        context.texts().label("status", m.record().status().name()))
                    .build())
        .stream()
        .toList();
  }
}
