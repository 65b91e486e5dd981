package se.vendorscreening.screening;

import java.util.List;

/** The rule ids the product ships (docs/rules.md), in the order reports list findings. */
public final class RuleIds {

  /** Every rule id, in the order reports list findings. */
  public static final List<String> ALL =
      List.of(
          "CONVICTION_MANDATORY",
          "CONVICTION_PENDING",
          "CONVICTION_OTHER",
          "TAX_UNPAID_FINAL",
          "TAX_UNPAID",
          "ENFORCEMENT_DEBT",
          "COMPANY_STATUS",
          "REGISTRATION_MISSING",
          "CREDIT_RISK",
          "CAPACITY",
          "FINANCIAL_NO_DATA",
          "ORGANISED_CRIME_LINK",
          "POSSIBLE_MATCH",
          "SANCTIONED_OWNERSHIP",
          "SANCTIONED_SUBCONTRACTOR",
          "SHARED_PERSONS",
          "FRONT_PERSON",
          "FALSE_DECLARATION",
          "GROUND_REPORTED",
          "PHOENIX",
          "ORGANISED_CRIME_HOPS",
          "SUBCONTRACTOR_FLAGGED",
          "REPRESENTATIVES_MISSING",
          "EVIDENCE_MISSING",
          "CHECK_FAILED",
          "EVIDENCE_ACCEPTED");

  private RuleIds() {}
}
