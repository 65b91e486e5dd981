package se.vendorscreening.screening.internal.rules;

import java.util.EnumMap;
import java.util.Map;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * A rule's legal basis and the decision it gives in each procurement regime.
 *
 * @param legalBasis the legal reference printed with every finding
 * @param decisions the decision per regime
 */
record RuleDefinition(String legalBasis, Map<ProcurementType, Decision> decisions) {

  RuleDefinition {
    decisions = new EnumMap<>(decisions);
    for (ProcurementType type : ProcurementType.values()) {
      if (!decisions.containsKey(type)) {
        throw new IllegalArgumentException("no decision for " + type);
      }
    }
  }

  Decision decisionUnder(ProcurementType type) {
    return decisions.get(type);
  }
}
