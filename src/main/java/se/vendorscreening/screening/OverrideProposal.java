package se.vendorscreening.screening;

import java.time.Instant;

/**
 * An override recorded in the console while four-eyes approval is on (docs/overrides.md): it waits
 * for a second officer, and applies to decisions only once approved.
 *
 * @param id its number, by which a second officer approves or rejects it
 * @param partyKey the party's key (a personal number only in the database, never in a report)
 * @param orgNo as reports show it
 * @param override the override as proposed (its actor is the officer who proposed it)
 * @param status whether it waits, applies or was turned down
 * @param reviewedBy the second officer who approved or rejected it, or null while pending
 * @param reviewedAt when, or null while pending
 * @param reviewReason why it was rejected (or a note with an approval), or null
 */
public record OverrideProposal(
    long id,
    String partyKey,
    String orgNo,
    AppliedOverride override,
    Status status,
    String reviewedBy,
    Instant reviewedAt,
    String reviewReason) {

  /** Where a proposed override stands. */
  public enum Status {
    /** Waits for a second officer; does not apply. */
    PENDING,
    /** A second officer approved it; it applies like any override. */
    APPROVED,
    /** A second officer rejected it; it never applies. */
    REJECTED
  }

  /** Whether the user proposed it (and so may not decide it). */
  public boolean proposedBy(String user) {
    return override.actor().equals(user);
  }
}
