package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.Finding;

/**
 * The party owes taxes or social-security contributions established by a final decision, summed
 * above the minor-amount limit (LOU 13 kap. 2 §, LOV 7 kap. 1 § 5).
 */
final class TaxUnpaidFinalRule implements Rule {

  static final String ID = "TAX_UNPAID_FINAL";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    BigDecimal limit = context.rules().minorAmountLimitSek();
    for (List<Matched<TaxDebt>> group : DebtGroups.of(evidence.debts())) {
      List<Matched<TaxDebt>> finalTax =
          DebtGroups.select(group, d -> DebtGroups.isTax(d) && d.finalDecision());
      BigDecimal total = DebtGroups.total(finalTax);
      if (!finalTax.isEmpty() && total.compareTo(limit) > 0) {
        findings.add(
            DebtGroups.describe(FindingBuilder.finding(ID, context), finalTax, context)
                .evidence("minor_amount_limit_sek", DebtGroups.plain(limit))
                .summary(
                    "finding.TAX_UNPAID_FINAL",
                    finalTax.get(0).subject().subject().name(),
                    context.texts().amount(total),
                    context.texts().amount(limit))
                .build());
      }
    }
    return findings;
  }
}
