package se.vendorscreening.screening;

/** How a registry record was tied to a party (docs/matching.md). */
public enum MatchType {
  /** Equal identity numbers: strong. */
  IDENTITY_NUMBER,
  /** Equal birth date and a name at or above the strong threshold: strong. */
  NAME_AND_BIRTH_DATE,
  /**
   * An equal birth date with a name that agrees only in part (a word missing, changed or only an
   * initial), or a strong name with only the birth year and month equal: weak, never excludes.
   */
  WEAK_NAME_AND_BIRTH_DATE,
  /** A name at or above the name-only threshold and nothing else: weak, never excludes. */
  NAME_ONLY;

  /** Whether a match of this type may only ever give REVIEW (rule POSSIBLE_MATCH). */
  public boolean isWeak() {
    return this == NAME_ONLY || this == WEAK_NAME_AND_BIRTH_DATE;
  }
}
