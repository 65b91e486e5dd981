package se.vendorscreening.registry;

/** What the coordinated register check answers for one ground (docs/register-check.md). */
public enum RegisterCheckOutcome {
  /** The ground applies: the registers show it (e.g. a conviction, unpaid taxes). */
  YES,
  /** The ground does not apply: the registers show nothing that would make it apply. */
  NO,
  /** The registers could not tell (not covered, not yet answered, a person not found). */
  UNKNOWN
}
