package se.vendorscreening.screening;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.shared.RuleId;

/**
 * Which registry check's records a rule's findings are about ({@link RegistryChecks}): the
 * certificate's row per registry, the hearing letter's registry line, the debts an override judges
 * and the no-data rule read it here. Rules of the relationship graph, of the party's evidence and
 * of other findings read no registry.
 */
public final class RuleRegistries {

  private static final Map<RuleId, String> CHECKS = new EnumMap<>(RuleId.class);

  static {
    for (RuleId rule :
        EnumSet.of(
            RuleId.CONVICTION_MANDATORY, RuleId.CONVICTION_PENDING, RuleId.CONVICTION_OTHER)) {
      CHECKS.put(rule, RegistryChecks.CONVICTIONS);
    }
    for (RuleId rule :
        EnumSet.of(RuleId.TAX_UNPAID_FINAL, RuleId.TAX_UNPAID, RuleId.ENFORCEMENT_DEBT)) {
      CHECKS.put(rule, RegistryChecks.TAX_ARREARS);
    }
    for (RuleId rule :
        EnumSet.of(
            RuleId.COMPANY_STATUS,
            RuleId.REGISTRATION_MISSING,
            RuleId.CREDIT_RISK,
            RuleId.CAPACITY,
            RuleId.FINANCIAL_NO_DATA)) {
      CHECKS.put(rule, RegistryChecks.FINANCIAL_STANDING);
    }
    CHECKS.put(RuleId.ORGANISED_CRIME_LINK, RegistryChecks.NETWORK_ASSESSMENTS);
  }

  private RuleRegistries() {}

  /**
   * The registry check whose records the rule's findings are about, e.g. {@code CONVICTIONS}; null
   * for a rule that reads no registry's records.
   */
  public static String of(RuleId rule) {
    return CHECKS.get(rule);
  }

  /** The rules whose findings are about records of the registry check, in report order. */
  public static Set<RuleId> reading(String check) {
    EnumSet<RuleId> rules = EnumSet.noneOf(RuleId.class);
    CHECKS.forEach(
        (rule, reads) -> {
          if (reads.equals(check)) {
            rules.add(rule);
          }
        });
    return rules;
  }
}
