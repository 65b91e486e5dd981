package se.vendorscreening.intake;

/** What a row of the statements file is (docs/statements.md). */
public enum StatementKind {
  /** The vendor's sworn statement (sanningsförsäkran), signed by someone on a date. */
  SWORN_STATEMENT,
  /** A document the vendor supplied, e.g. its own country's extract: reference and issuer. */
  VENDOR_DOCUMENT
}
