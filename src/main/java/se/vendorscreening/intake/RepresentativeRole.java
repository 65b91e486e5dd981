package se.vendorscreening.intake;

/** The persons of a company that exclusion grounds cover (docs/person-circle.md). */
public enum RepresentativeRole {
  /** Verkställande direktör. */
  CEO,
  /** Styrelseordförande. */
  CHAIR,
  /** Styrelseledamot. */
  BOARD,
  /** Suppleant. */
  DEPUTY,
  /** Firmatecknare or prokurist. */
  SIGNATORY,
  /** Verklig huvudman with control. */
  BENEFICIAL_OWNER,
  /** Delägare (bolagsman) of a handelsbolag or kommanditbolag. */
  PARTNER
}
