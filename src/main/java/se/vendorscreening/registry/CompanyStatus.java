package se.vendorscreening.registry;

/** A company's status at the credit agency. */
public enum CompanyStatus {
  ACTIVE,
  BANKRUPT,
  LIQUIDATION,
  RECONSTRUCTION,
  DEREGISTERED
}
