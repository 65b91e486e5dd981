package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party has other public or private debts in enforcement at Kronofogden, which bears on its
 * financial standing (LOU 13 kap. 3 §, LOV 7 kap. 1 §).
 */
final class EnforcementDebtRule implements Rule {

  static final RuleId ID = RuleId.ENFORCEMENT_DEBT;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (List<Matched<TaxDebt>> group : DebtGroups.of(evidence.debts())) {
      List<Matched<TaxDebt>> other = DebtGroups.select(group, d -> !DebtGroups.isTax(d));
      if (!other.isEmpty()) {
        findings.add(
            DebtGroups.describe(FindingBuilder.finding(ID, context), other, context)
                .ruleSummary(
                    other.get(0).subject().subject().name(),
                    context.texts().amount(DebtGroups.total(other)),
                    other.size())
                .build());
      }
    }
    return findings;
  }
}
