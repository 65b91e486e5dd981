package se.vendorscreening.screening;

/** How a party's decision moved since its previous check (docs/scheduling.md). */
public enum ChangeClass {
  NEW,
  ESCALATED,
  DE_ESCALATED,
  RESOLVED,
  UNCHANGED;

  /** As written in changes.csv and reports: {@code DE-ESCALATED} with a hyphen. */
  public String label() {
    return name().replace('_', '-');
  }
}
