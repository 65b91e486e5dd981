package se.vendorscreening.screening.internal.rules;

import java.util.List;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.RuleRegistries;
import se.vendorscreening.shared.RuleId;

/**
 * The credit agency has no record of the party, so its financial standing cannot be assessed (LOU
 * 14 kap. 5 §).
 */
final class FinancialNoDataRule implements Rule {

  static final RuleId ID = RuleId.FINANCIAL_NO_DATA;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    if (evidence.failed(RuleRegistries.of(ID)) || !evidence.standings().isEmpty()) {
      return List.of();
    }
    FindingBuilder finding = FindingBuilder.finding(ID, context);
    if (evidence.financialEvidence() != null) {
      finding.basis(FindingBuilder.registryBasis(evidence.financialEvidence()));
    }
    return List.of(
        finding
            .about(evidence.partySubject())
            .source(
                evidence.financialEvidence() == null ? null : evidence.financialEvidence().source())
            .ruleSummary(evidence.party().name())
            .build());
  }
}
