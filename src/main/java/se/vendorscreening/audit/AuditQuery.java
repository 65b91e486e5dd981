package se.vendorscreening.audit;

import java.time.Instant;

/**
 * Which audit records to list; a null field does not filter.
 *
 * @param since records that occurred at or after this instant
 * @param partyKey records concerning this party (its canonical key)
 * @param actor records by this actor (ignoring case)
 */
public record AuditQuery(Instant since, String partyKey, String actor) {

  /** Every record. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null);
  }
}
