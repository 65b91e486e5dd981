package se.vendorscreening.web;

/** What a console user may do; a user may hold several. */
public enum ConsoleRole {
  /** Procurement officer: screens vendor lists, reads results, records overrides. */
  OFFICER,
  /** Contract manager: reads the nightly changes. */
  MANAGER,
  /** Auditor: reads runs, manifests and the audit trail, verifies run folders. */
  AUDITOR,
  /** IT operator: scheduled jobs, the inbox, registry status and settings. */
  OPERATOR
}
