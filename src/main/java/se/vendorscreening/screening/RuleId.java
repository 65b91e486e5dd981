package se.vendorscreening.screening;

import java.util.Arrays;
import java.util.List;

/**
 * The rule catalogue's ids: every rule the product ships, in the order reports list findings
 * (docs/rules.md). config/rules.yml gives each its legal basis and decisions and may name no other;
 * the rule's own class in the screening module says when it fires and which settings it reads.
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

  /** Every rule id as the text findings carry, in report order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
