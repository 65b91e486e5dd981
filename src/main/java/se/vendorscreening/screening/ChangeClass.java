package se.vendorscreening.screening;

/** How a party's decision moved since its previous check (docs/scheduling.md). */
public enum ChangeClass {
  NEW,
  ESCALATED,
  DE_ESCALATED,
  RESOLVED,
  UNCHANGED,
  /**
   * Evidence a ground rested on (a register-check answer, a sworn statement) is no longer valid and
   * nothing else satisfies the ground: the party is not CLEAR until new evidence comes.
   */
  EVIDENCE_EXPIRED,
  /** The register check now answers a ground otherwise than in the previous check. */
  EVIDENCE_CHANGED;

  /** As written in changes.csv and reports: {@code DE-ESCALATED} with a hyphen. */
  public String label() {
    return name().replace('_', '-');
  }
}
