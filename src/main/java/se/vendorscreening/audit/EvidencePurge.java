package se.vendorscreening.audit;

import java.time.Instant;
import java.time.Period;

/** Deletes raw registry evidence past its retention period; decisions and reports are kept. */
public interface EvidencePurge {

  /** The configured retention period ({@code screening.audit.evidence-retention}). */
  Period defaultRetention();

  /** Deletes evidence retrieved more than {@code retention} ago, as {@code actor}. */
  Outcome purgeOlderThan(Period retention, String actor);

  /**
   * What a purge did.
   *
   * @param cutoff evidence retrieved before this was deleted
   * @param deleted how many answers were deleted
   */
  record Outcome(Instant cutoff, long deleted) {}
}
