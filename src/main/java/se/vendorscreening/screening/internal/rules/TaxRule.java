package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.TaxDebt;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party owes taxes or social-security contributions, summed per subject ({@link DebtGroups}).
 * The two tax rules split the debts at {@code tax.minor-amount-limit-sek}:
 *
 * <ul>
 *   <li>{@code TAX_UNPAID_FINAL}: established by a final decision and above the limit (LOU 13 kap.
 *       2 §, LOV 7 kap. 1 § 5);
 *   <li>{@code TAX_UNPAID}: not yet established by a final decision, or final and at or below the
 *       limit (LOU 13 kap. 2 § second paragraph, 13 kap. 3 §).
 * </ul>
 */
public final class TaxRule implements Rule {

  static final TaxRule FINAL_ABOVE_LIMIT = new TaxRule(RuleId.TAX_UNPAID_FINAL, true);

  static final TaxRule UNPAID = new TaxRule(RuleId.TAX_UNPAID, false);

  private final RuleId id;
  private final boolean aboveLimit;

  private TaxRule(RuleId id, boolean aboveLimit) {
    this.id = id;
    this.aboveLimit = aboveLimit;
  }

  @Override
  public RuleId id() {
    return id;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    BigDecimal limit = context.rules().file().tax().minorAmountLimitSek();
    for (List<Matched<TaxDebt>> group : DebtGroups.of(evidence.debts())) {
      List<Matched<TaxDebt>> notFinal =
          DebtGroups.select(group, d -> DebtGroups.isTax(d) && !d.finalDecision());
      if (!aboveLimit && !notFinal.isEmpty()) {
        findings.add(
            DebtGroups.describe(FindingBuilder.finding(id, context), notFinal, context)
                .summary(
                    "finding.TAX_UNPAID.not-final",
                    notFinal.get(0).subject().subject().name(),
                    context.texts().amount(DebtGroups.total(notFinal)))
                .build());
      }
      List<Matched<TaxDebt>> finalTax =
          DebtGroups.select(group, d -> DebtGroups.isTax(d) && d.finalDecision());
      BigDecimal total = DebtGroups.total(finalTax);
      if (!finalTax.isEmpty() && (total.compareTo(limit) > 0) == aboveLimit) {
        findings.add(
            DebtGroups.describe(FindingBuilder.finding(id, context), finalTax, context)
                .evidence("minor_amount_limit_sek", DebtGroups.plain(limit))
                .summary(
                    aboveLimit ? "finding.TAX_UNPAID_FINAL" : "finding.TAX_UNPAID.minor",
                    finalTax.get(0).subject().subject().name(),
                    context.texts().amount(total),
                    context.texts().amount(limit))
                .build());
      }
    }
    return findings;
  }
}
