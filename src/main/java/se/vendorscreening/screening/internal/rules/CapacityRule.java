package se.vendorscreening.screening.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party's yearly revenue is below the capacity ratio (default 2) times the annual value of its
 * contracts in the procurement, which questions its financial capacity (LOU 14 kap. 5 §).
 */
final class CapacityRule implements Rule {

  static final RuleId ID = RuleId.CAPACITY;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    BigDecimal annualValue =
        evidence.party().contracts().stream()
            .map(Contract::annualValueSek)
            .filter(Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (annualValue.signum() <= 0) {
      return List.of();
    }
    BigDecimal ratio = context.rules().file().financial().capacityRatio();
    BigDecimal required = annualValue.multiply(ratio);
    return CurrentStanding.of(evidence)
        .filter(m -> m.record().revenueSek() != null)
        .filter(m -> m.record().revenueSek().compareTo(required) < 0)
        .map(
            m ->
                CurrentStanding.describe(FindingBuilder.finding(ID, context), m)
                    .evidence("revenue_sek", DebtGroups.plain(m.record().revenueSek()))
                    .evidence("annual_value_sek", DebtGroups.plain(annualValue))
                    .evidence("capacity_ratio", DebtGroups.plain(ratio))
                    .ruleSummary(
                        evidence.party().name(),
                        context.texts().amount(m.record().revenueSek()),
                        DebtGroups.plain(ratio),
                        context.texts().amount(annualValue))
                    .build())
        .stream()
        .toList();
  }
}
