package se.vendorscreening.generator.internal;

/**
 * What a vendor of the procurement is given: a planted flag (with the rule it must fire), a decoy
 * (a registry record that must fire nothing) or nothing. Every block of 100 vendors holds each
 * planted and decoy kind exactly once, in a seeded order; the other vendors are clean.
 */
enum Plant {
  CONVICTION_MANDATORY_REPRESENTATIVE("CONVICTION_MANDATORY", true),
  CONVICTION_MANDATORY_COMPANY("CONVICTION_MANDATORY", true),
  CONVICTION_MANDATORY_COORDINATION_NUMBER("CONVICTION_MANDATORY", true),
  CONVICTION_MANDATORY_FOREIGN_PERSON("CONVICTION_MANDATORY", true),
  CONVICTION_PENDING("CONVICTION_PENDING", false),
  CONVICTION_OTHER_REPRESENTATIVE("CONVICTION_OTHER", false),
  CONVICTION_OTHER_COMPANY("CONVICTION_OTHER", false),
  TAX_UNPAID_FINAL("TAX_UNPAID_FINAL", true),
  TAX_UNPAID_FINAL_SUMMED("TAX_UNPAID_FINAL", true),
  TAX_UNPAID("TAX_UNPAID", false),
  ENFORCEMENT_DEBT("ENFORCEMENT_DEBT", false),
  COMPANY_STATUS("COMPANY_STATUS", false),
  REGISTRATION_MISSING("REGISTRATION_MISSING", false),
  CREDIT_RISK("CREDIT_RISK", false),
  CAPACITY("CAPACITY", false),
  FINANCIAL_NO_DATA("FINANCIAL_NO_DATA", false),
  ORGANISED_CRIME_REPRESENTATIVE("ORGANISED_CRIME_LINK", false),
  ORGANISED_CRIME_COMPANY("ORGANISED_CRIME_LINK", false),
  POSSIBLE_MATCH_COMPANY("POSSIBLE_MATCH", false),
  POSSIBLE_MATCH_PERSON("POSSIBLE_MATCH", false),
  SUBCONTRACTOR_CORPORATE_FINE("CONVICTION_MANDATORY", true),
  SUBCONTRACTOR_TAX_UNPAID_FINAL("TAX_UNPAID_FINAL", true),
  SUBCONTRACTOR_REPRESENTATIVE_CONVICTION("CONVICTION_OTHER", false),
  DECOY_CONVICTION_OUTSIDE_FIVE_YEARS(null, false),
  DECOY_PROFESSIONAL_CONVICTION_OUTSIDE_THREE_YEARS(null, false),
  DECOY_UNLISTED_OFFENCE(null, false),
  DECOY_NETWORK_BELOW_DEFINITION(null, false),
  DECOY_FINANCIAL_BOUNDARY(null, false),
  DECOY_NAMESAKE_WITH_OTHER_NUMBER(null, false),
  CLEAN(null, false);

  /** The size of the block in which each kind but CLEAN occurs exactly once. */
  static final int BLOCK = 100;

  private final String ruleId;
  private final boolean mandatoryUnderLou;

  Plant(String ruleId, boolean mandatoryUnderLou) {
    this.ruleId = ruleId;
    this.mandatoryUnderLou = mandatoryUnderLou;
  }

  /** The kind at a position (0–99) of a shuffled block. */
  static Plant atSlot(int slot) {
    return slot < CLEAN.ordinal() ? values()[slot] : CLEAN;
  }

  /** The rule the planted record must fire on the party it is planted on; null for decoys. */
  String ruleId() {
    return ruleId;
  }

  /** The decision the rule gives: EXCLUDE for a mandatory ground under LOU, else REVIEW. */
  String decision(String procurementType) {
    return mandatoryUnderLou && procurementType.equals("LOU") ? "EXCLUDE" : "REVIEW";
  }

  boolean isDecoy() {
    return ruleId == null && this != CLEAN;
  }

  boolean onSubcontractor() {
    return name().startsWith("SUBCONTRACTOR_");
  }

  /** Whether the kind needs a person found on no other board. */
  boolean needsUniquePerson() {
    return switch (this) {
      case CONVICTION_MANDATORY_REPRESENTATIVE,
          CONVICTION_PENDING,
          CONVICTION_OTHER_REPRESENTATIVE,
          ORGANISED_CRIME_REPRESENTATIVE,
          POSSIBLE_MATCH_PERSON,
          SUBCONTRACTOR_REPRESENTATIVE_CONVICTION,
          DECOY_CONVICTION_OUTSIDE_FIVE_YEARS,
          DECOY_PROFESSIONAL_CONVICTION_OUTSIDE_THREE_YEARS,
          DECOY_UNLISTED_OFFENCE,
          DECOY_NETWORK_BELOW_DEFINITION ->
          true;
      default -> false;
    };
  }
}
