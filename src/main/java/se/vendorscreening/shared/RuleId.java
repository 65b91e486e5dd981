package se.vendorscreening.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule catalogue's ids: every rule the product ships, in the order reports list findings
 * (docs/rules.md). config/rules.yml gives each its legal basis and decisions and may name no other;
 * the rule's own class in the screening module says when it fires and which settings it reads, and
 * the relationship graph's signals name their rule by it. Which registry a rule reads is the
 * screening module's {@code RuleRegistries}.
 */
public enum RuleId {
  CONVICTION_MANDATORY,
  CONVICTION_PENDING,
  CONVICTION_OTHER,
  TAX_UNPAID_FINAL,
  TAX_UNPAID,
  ENFORCEMENT_DEBT,
  COMPANY_STATUS,
  REGISTRATION_MISSING,
  CREDIT_RISK,
  CAPACITY,
  FINANCIAL_NO_DATA,
  ORGANISED_CRIME_LINK,
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

  /** The rule a finding's text id names; empty for one the catalogue does not know. */
  public static Optional<RuleId> of(String name) {
    return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
  }

  /** Every rule id as the text findings carry, in report order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
