package se.vendorscreening.intake;

/** Where a contract is in its life; the nightly re-check follows ACTIVE contracts. */
public enum ContractStatus {
  PLANNED,
  ACTIVE,
  ENDED
}
