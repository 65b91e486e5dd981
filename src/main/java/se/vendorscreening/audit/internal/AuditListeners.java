package se.vendorscreening.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.scheduling.NotificationSent;
import se.vendorscreening.screening.OverrideProposed;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.OverrideRejected;
import se.vendorscreening.screening.ResultsUnmasked;
import se.vendorscreening.screening.ResultsViewed;
import se.vendorscreening.screening.RunCompleted;

/**
 * Appends to the audit trail what the other modules report. Each record is written in its own
 * transaction once the publisher's transaction (if any) is over, so that a run is recorded even
 * when it failed and rolled back, while an override is recorded only when it was stored.
 */
@Component
class AuditListeners {

  private static final Logger log = LoggerFactory.getLogger(AuditListeners.class);

  private final AuditRecords records;
  private final AuditFacts facts;
  private final Clock clock;

  AuditListeners(AuditRecords records, AuditFacts facts, Clock clock) {
    this.clock = clock;
    this.records = records;
    this.facts = facts;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(RunCompleted event) {
    var run = event.run();
    Instant occurredAt = run.finishedAt() != null ? run.finishedAt() : clock.instant();
    long id =
        records.append(
            new NewAuditRecord(
                AuditKind.RUN,
                occurredAt,
                run.actor(),
                run.runId(),
                List.of(),
                facts.of(event),
                event.outputs()));
    log.info("Audit record {}: run {} {} by {}", id, run.runId(), run.status(), run.actor());
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(OverrideRecorded event) {
    var override = event.override();
    // An approved override (four-eyes) takes effect when the second officer approves it, now.
    Instant occurredAt =
        override.recordedAt() != null && override.approvedBy() == null
            ? override.recordedAt()
            : clock.instant();
    long id =
        append(
            AuditKind.OVERRIDE,
            occurredAt,
            override.approvedBy() != null ? override.approvedBy() : override.actor(),
            null,
            List.of(event.partyKey()),
            facts.of(event));
    log.info(
        "Audit record {}: override of {} for {} by {}",
        id,
        override.ruleId(),
        event.orgNo(),
        override.actor());
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(OverrideProposed event) {
    var proposal = event.proposal();
    long id =
        append(
            AuditKind.OVERRIDE_PROPOSED,
            proposal.override().recordedAt(),
            proposal.override().actor(),
            null,
            List.of(proposal.partyKey()),
            facts.of(proposal));
    log.info(
        "Audit record {}: override {} of {} for {} proposed by {}",
        id,
        proposal.id(),
        proposal.override().ruleId(),
        proposal.orgNo(),
        proposal.override().actor());
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(OverrideRejected event) {
    var proposal = event.proposal();
    long id =
        append(
            AuditKind.OVERRIDE_REJECTED,
            proposal.reviewedAt() != null ? proposal.reviewedAt() : clock.instant(),
            proposal.reviewedBy(),
            null,
            List.of(proposal.partyKey()),
            facts.of(proposal));
    log.info(
        "Audit record {}: override {} for {} rejected by {}",
        id,
        proposal.id(),
        proposal.orgNo(),
        proposal.reviewedBy());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ResultsUnmasked event) {
    long id =
        append(
            AuditKind.UNMASKED_VIEW,
            clock.instant(),
            event.actor(),
            event.runId(),
            event.partyKeys(),
            facts.of(event));
    log.info(
        "Audit record {}: {} saw full identity numbers of {} parties of run {}",
        id,
        event.actor(),
        event.partyKeys().size(),
        event.runId());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(ResultsViewed event) {
    long id =
        append(
            AuditKind.VIEWED,
            clock.instant(),
            event.actor(),
            event.runId(),
            event.partyKeys(),
            facts.of(event));
    log.info(
        "Audit record {}: {} read {} of run {}", id, event.actor(), event.view(), event.runId());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(NotificationSent event) {
    long id =
        append(
            AuditKind.NOTIFICATION,
            clock.instant(),
            AuditFacts.SCHEDULER,
            event.runId(),
            List.of(),
            facts.of(event));
    log.info("Audit record {}: e-mail about run {} sent", id, event.runId());
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void on(EvidencePurged event) {
    long id =
        append(AuditKind.PURGE, clock.instant(), event.actor(), null, List.of(), facts.of(event));
    log.info(
        "Audit record {}: {} registry answers purged by {}", id, event.deleted(), event.actor());
  }

  /** Appends a record that names no output files; its id. */
  private long append(
      AuditKind kind,
      Instant occurredAt,
      String actor,
      String runId,
      List<String> partyKeys,
      Map<String, String> recordFacts) {
    return records.append(
        new NewAuditRecord(kind, occurredAt, actor, runId, partyKeys, recordFacts, List.of()));
  }
}
