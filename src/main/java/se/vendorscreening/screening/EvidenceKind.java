package se.vendorscreening.screening;

/**
 * The kind of evidence a finding rests on, or that satisfies an exclusion ground
 * (docs/evidence.md).
 */
public enum EvidenceKind {
  /** A registry's answer: which registry (the check) and when it was extracted. */
  REGISTRY,
  /** The vendor's sworn statement (sanningsförsäkran): who declared what, and when. */
  SWORN_STATEMENT,
  /** A document the vendor supplied, e.g. its own country's extract: reference and issuer. */
  VENDOR_DOCUMENT,
  /** An answer of the coordinated register check: the check's reference. */
  REGISTER_CHECK
}
