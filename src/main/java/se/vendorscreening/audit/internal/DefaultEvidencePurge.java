package se.vendorscreening.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.vendorscreening.audit.EvidencePurge;
import se.vendorscreening.registry.EvidenceRetention;
import se.vendorscreening.shared.SwedishTime;

/**
 * Works out the cut-off from the retention period (in Swedish time, so that {@code P1M} means a
 * calendar month) and has the registry delete older evidence; the registry's {@link
 * se.vendorscreening.registry.EvidencePurged} event puts the purge in the audit trail.
 */
@Component
class DefaultEvidencePurge implements EvidencePurge {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  private final AuditProperties properties;
  private final ObjectProvider<EvidenceRetention> retention;
  private final ObjectProvider<Clock> clock;

  DefaultEvidencePurge(
      AuditProperties properties,
      ObjectProvider<EvidenceRetention> retention,
      ObjectProvider<Clock> clock) {
    this.properties = properties;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public Period defaultRetention() {
    return properties.evidenceRetention();
  }

  @Override
  public Outcome purgeOlderThan(Period period, String actor) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the retention period must be positive: " + period);
    }
    EvidenceRetention registry = retention.getIfAvailable();
    if (registry == null) {
      throw new IllegalStateException("no registry evidence store is configured");
    }
    Instant now = clock.getIfAvailable(Clock::systemUTC).instant();
    Instant cutoff = ZonedDateTime.ofInstant(now, SWEDEN).minus(period).toInstant();
    return new Outcome(cutoff, registry.purgeRetrievedBefore(cutoff, actor));
  }
}
