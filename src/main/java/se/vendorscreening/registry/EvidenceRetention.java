package se.vendorscreening.registry;

import java.time.Instant;

/** Deletes raw registry evidence past its retention period (default 90 days). */
public interface EvidenceRetention {

  /**
   * Deletes every stored raw answer retrieved before the cut-off and publishes {@link
   * EvidencePurged}.
   *
   * @return how many were deleted
   */
  long purgeRetrievedBefore(Instant cutoff, String actor);
}
