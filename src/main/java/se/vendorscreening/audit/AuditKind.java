package se.vendorscreening.audit;

/** What an audit record is about. */
public enum AuditKind {
  /** A screen or re-check run finished or failed. */
  RUN,
  /**
   * An override took effect: an officer recorded it, or (four-eyes) a second officer approved it,
   * who is then the actor.
   */
  OVERRIDE,
  /** An officer proposed an override that waits for a second officer's approval (four-eyes). */
  OVERRIDE_PROPOSED,
  /** A second officer rejected a proposed override (four-eyes). */
  OVERRIDE_REJECTED,
  /** Someone saw full identity numbers ({@code show --unmask}). */
  UNMASKED_VIEW,
  /** Someone read a run's results, a party or a run file in the web console. */
  VIEWED,
  /** An e-mail about a re-check's changes was sent. */
  NOTIFICATION,
  /** Raw registry evidence was deleted. */
  PURGE
}
