package se.vendorscreening.screening;

/** What a piece of evidence says about one exclusion ground (docs/evidence.md). */
public enum GroundAnswer {
  /** The ground does not apply: declared, certified or checked absent. */
  ABSENT,
  /** The ground applies: the evidence reports it. */
  PRESENT,
  /** The evidence says nothing usable about the ground: it satisfies nothing. */
  UNKNOWN
}
