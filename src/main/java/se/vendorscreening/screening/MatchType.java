package se.vendorscreening.screening;

/** How a registry record was tied to a party (SPEC section 7). */
public enum MatchType {
  /** Equal identity numbers: strong. */
  IDENTITY_NUMBER,
  /** Equal birth date and a name at or above the threshold: strong. */
  NAME_AND_BIRTH_DATE,
  /** A name at or above the threshold and nothing else: weak, never excludes. */
  NAME_ONLY
}
