package se.vendorscreening.audit.internal;

import java.util.Set;

/** The rule ids shipped by default (DOMAIN section 4): settings may only name these. */
final class KnownRuleIds {

  static final Set<String> ALL =
      Set.of(
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
          "SUBCONTRACTOR_FLAGGED",
          "CHECK_FAILED");

  private KnownRuleIds() {}
}
