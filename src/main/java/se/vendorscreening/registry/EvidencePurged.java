package se.vendorscreening.registry;

import java.time.Instant;

/**
 * Raw registry evidence was deleted; the audit trail records it.
 *
 * @param cutoff evidence retrieved before this was deleted
 * @param deleted how many answers were deleted
 * @param actor who purged (a person, or {@code scheduler})
 */
public record EvidencePurged(Instant cutoff, long deleted, String actor) {}
