package se.vendorscreening.screening.internal.matching;

/** How one word of a name compares with the word it was paired with in the other name. */
public enum WordMatch {
  /** The same word. */
  EXACT,
  /** The same word in another spelling (diacritics, C/K, Ph/F, ss/s and the like). */
  VARIANT,
  /** One edit apart: a letter substituted, left out, added or two letters swapped. */
  TYPO,
  /** Alike by Jaro–Winkler at or above the agreement threshold. */
  SIMILAR,
  /** A single letter, the other word's initial: neither agrees nor contradicts. */
  INITIAL,
  /** Not the same word. */
  DIFFERENT;

  /** Whether the two words count as the same word. */
  boolean agrees() {
    return this == EXACT || this == VARIANT || this == TYPO || this == SIMILAR;
  }
}
