package se.vendorscreening.screening;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.vendorscreening.registry.RegistryChecks;

/**
 * The rule catalogue's ids: every rule the product ships, in the order reports list findings
 * (docs/rules.md). config/rules.yml gives each its legal basis and decisions and may name no other;
 * the rule's own class in the screening module says when it fires and which settings it reads.
 */
public enum RuleId {
  CONVICTION_MANDATORY(RegistryChecks.CONVICTIONS),
  CONVICTION_PENDING(RegistryChecks.CONVICTIONS),
  CONVICTION_OTHER(RegistryChecks.CONVICTIONS),
  TAX_UNPAID_FINAL(RegistryChecks.TAX_ARREARS),
  TAX_UNPAID(RegistryChecks.TAX_ARREARS),
  ENFORCEMENT_DEBT(RegistryChecks.TAX_ARREARS),
  COMPANY_STATUS(RegistryChecks.FINANCIAL_STANDING),
  REGISTRATION_MISSING(RegistryChecks.FINANCIAL_STANDING),
  CREDIT_RISK(RegistryChecks.FINANCIAL_STANDING),
  CAPACITY(RegistryChecks.FINANCIAL_STANDING),
  FINANCIAL_NO_DATA(RegistryChecks.FINANCIAL_STANDING),
  ORGANISED_CRIME_LINK(RegistryChecks.NETWORK_ASSESSMENTS),
  POSSIBLE_MATCH,
  SANCTIONED_OWNERSHIP,
  SANCTIONED_SUBCONTRACTOR,
  SHARED_PERSONS,
  FRONT_PERSON,
  FALSE_DECLARATION,
  GROUND_REPORTED,
  PHOENIX,
  ORGANISED_CRIME_HOPS,
  SUBCONTRACTOR_FLAGGED,
  REPRESENTATIVES_MISSING,
  EVIDENCE_MISSING,
  CHECK_FAILED,
  EVIDENCE_ACCEPTED;

  private static final Map<String, RuleId> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, rule -> rule));

  private final String registry;

  RuleId() {
    this(null);
  }

  RuleId(String registry) {
    this.registry = registry;
  }

  /**
   * The registry check whose records the rule's findings are about ({@link RegistryChecks}), e.g.
   * {@code CONVICTIONS}; null for a rule that reads no registry's records (the relationship graph,
   * the party's evidence, other findings).
   */
  public String registry() {
    return registry;
  }

  /** The rules whose findings are about records of the registry check, in report order. */
  public static Set<RuleId> reading(String check) {
    EnumSet<RuleId> rules = EnumSet.noneOf(RuleId.class);
    for (RuleId rule : values()) {
      if (rule.registry != null && rule.registry.equals(check)) {
        rules.add(rule);
      }
    }
    return rules;
  }

  /** The rule a finding's text id names; empty for one the catalogue does not know. */
  public static Optional<RuleId> of(String name) {
    return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
  }

  /** Every rule id as the text findings carry, in report order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
