package se.vendorscreening.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.registry.EvidenceRetention;

/** Deletes raw registry answers past their retention and tells the audit trail. */
@Component
class JdbcEvidenceRetention implements EvidenceRetention {

  private static final Logger log = LoggerFactory.getLogger(JdbcEvidenceRetention.class);

  private final JdbcTemplate jdbc;
  private final EvidenceStore store;
  private final ApplicationEventPublisher events;

  JdbcEvidenceRetention(JdbcTemplate jdbc, EvidenceStore store, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.events = events;
  }

  @Override
  @Transactional
  public long purgeRetrievedBefore(Instant cutoff, String actor) {
    store.flush();
    long deleted =
        jdbc.update(
            "delete from registry_evidence where retrieved_at < ?",
            Timestamp.valueOf(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC)));
    log.info("Purged {} registry answers retrieved before {} ({})", deleted, cutoff, actor);
    events.publishEvent(new EvidencePurged(cutoff, deleted, actor));
    return deleted;
  }
}
