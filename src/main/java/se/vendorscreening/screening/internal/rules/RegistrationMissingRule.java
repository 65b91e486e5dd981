package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.List;
import se.vendorscreening.registry.FinancialStanding;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A Swedish party lacks F-skatt, VAT or employer registration at Skatteverket, so it may not be a
 * serious and solid vendor (LOU 13 kap. 3 §, LOV 7 kap. 1 §).
 */
final class RegistrationMissingRule implements Rule {

  static final RuleId ID = RuleId.REGISTRATION_MISSING;

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public List<Finding> evaluate(PartyEvidence evidence, RuleContext context) {
    if (!"SE".equals(evidence.party().country())) {
      return List.of();
    }
    return CurrentStanding.of(evidence)
        .flatMap(
            m -> {
              List<String> missing = missing(m.record());
              if (missing.isEmpty()) {
                return java.util.Optional.empty();
              }
              List<String> labels =
                  missing.stream()
                      .map(code -> context.texts().label("registration", code))
                      .toList();
              return java.util.Optional.of(
                  CurrentStanding.describe(FindingBuilder.finding(ID, context), m)
                      .evidence("missing", String.join("|", missing))
                      .ruleSummary(evidence.party().name(), String.join(", ", labels))
                      .build());
            })
        .stream()
        .toList();
  }

  private static List<String> missing(FinancialStanding standing) {
    List<String> missing = new ArrayList<>();
    if (!standing.fTax()) {
      missing.add("F_TAX");
    }
    if (!standing.vatRegistered()) {
      missing.add("VAT");
    }
    if (!standing.employerRegistered()) {
      missing.add("EMPLOYER");
    }
    return missing;
  }
}
