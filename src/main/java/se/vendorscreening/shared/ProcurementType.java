package se.vendorscreening.shared;

/** The procurement regime, which decides whether an exclusion ground is mandatory. */
public enum ProcurementType {
  /** LOU above the EU thresholds: 13 kap. 1–2 §§ are mandatory. */
  LOU,
  /** LOU 19 kap.: below thresholds, welfare and special services; every ground is optional. */
  LOU19,
  /** LOV 7 kap. 1 §: systems of choice; no mandatory grounds. */
  LOV
}
