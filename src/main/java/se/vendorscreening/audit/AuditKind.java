package se.vendorscreening.audit;

/** What an audit record is about. */
public enum AuditKind {
  /** A screen or re-check run finished or failed. */
  RUN,
  /** An officer recorded an override. */
  OVERRIDE,
  /** Someone saw full identity numbers ({@code show --unmask}). */
  UNMASKED_VIEW,
  /** Someone read a run's results, a party or a run file in the web console. */
  VIEWED,
  /** An e-mail about a re-check's changes was sent. */
  NOTIFICATION,
  /** Raw registry evidence was deleted. */
  PURGE
}
