package se.vendorscreening.intake;

/** Whether a party tenders itself or works under a vendor. */
public enum PartyRole {
  VENDOR,
  SUBCONTRACTOR
}
