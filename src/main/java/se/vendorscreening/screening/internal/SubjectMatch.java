package se.vendorscreening.screening.internal;

import se.vendorscreening.screening.MatchType;

/**
 * How a registry record was tied to a checked subject.
 *
 * @param type by identity number, by name and birth date, or by name only
 * @param score 1 for identity numbers, else the name similarity
 */
record SubjectMatch(MatchType type, double score) {

  /** Whether the match is weak: it may only ever give REVIEW. */
  boolean isWeak() {
    return type == MatchType.NAME_ONLY;
  }
}
