package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.registry.EvidencePurged;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.scheduling.NotificationSent;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.OverrideRecorded;
import se.vendorscreening.screening.RunCompleted;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

@SpringBootTest
class AuditTrailIntegrationTests {

  /** A Skatteverket test personnummer: a sole trader's organisation number. */
  private static final String SOLE_TRADER = "197809092385";

  @Autowired ApplicationEventPublisher events;
  @Autowired AuditTrail trail;
  @Autowired AuditRecords records;
  @Autowired TransactionTemplate transactions;

  private final String unique = ProcessHandle.current().pid() + "-" + System.nanoTime();

  @Test
  void aFinishedRunIsRecordedWithWhoWhenCommandInputsCountsAndOutputHashes() {
    // given
    String runId = "20261128-020000-screen-" + unique;
    Instant finished = Instant.parse("2026-11-28T01:00:42Z");

    // when
    events.publishEvent(
        new RunCompleted(
            aRun(runId, "anna.handlaggare", finished, "COMPLETED"),
            "screen --vendors sample-data/lou-vendors.csv --as-of 2026-11-28",
            Path.of("reports", runId),
            List.of(
                new OutputFile("report.pdf", "d".repeat(64), 51234),
                new OutputFile("manifest.json", "e".repeat(64), 1711))));

    // then
    AuditRecord record = only(new AuditQuery(null, null, "anna.handlaggare"), runId);
    assertThat(record.kind()).isEqualTo(AuditKind.RUN);
    assertThat(record.occurredAt()).isEqualTo(finished);
    assertThat(record.facts())
        .containsEntry("job", "screen")
        .containsEntry("status", "COMPLETED")
        .containsEntry("command", "screen --vendors sample-data/lou-vendors.csv --as-of 2026-11-28")
        .containsEntry("asOf", "2026-11-28")
        .containsEntry("rulesVersion", "rules-3f2a9c")
        .containsEntry("counts", "CLEAR=40 REVIEW=3 INCOMPLETE=0 EXCLUDE=2")
        .containsEntry(
            "inputs",
            "sample-data/lou-vendors.csv sha256=" + "a".repeat(64) + " rows=45 rejected=1")
        .containsEntry("procurementIds", "KS-2026/317");
    assertThat(record.facts().get("outputs"))
        .contains("report.pdf sha256=" + "d".repeat(64) + " bytes=51234");
    assertThat(records.latestRun(runId).orElseThrow().outputs())
        .containsExactly(
            new OutputFile("manifest.json", "e".repeat(64), 1711),
            new OutputFile("report.pdf", "d".repeat(64), 51234));
  }

  @Test
  void aRecordOfManyPartiesAndFilesKeepsEveryOneOnceAcrossBatches() {
    // given: more parties and files than one batch holds, parties named twice
    String runId = "20261128-030000-screen-" + unique;
    List<String> parties = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      parties.add(String.format(Locale.ROOT, "55%08d", i % 1_234));
    }
    List<OutputFile> outputs = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      outputs.add(
          new OutputFile(
              String.format(Locale.ROOT, "certificates/intyg-%05d.pdf", i),
              String.format(Locale.ROOT, "%064x", i),
              1_000 + i));
    }

    // when
    long id =
        records.append(
            new NewAuditRecord(
                AuditKind.RUN,
                Instant.parse("2026-11-28T02:00:00Z"),
                "anna.handlaggare",
                runId,
                parties,
                Map.of("job", "screen"),
                outputs));

    // then
    var recorded = records.latestRun(runId).orElseThrow();
    assertThat(recorded.recordId()).isEqualTo(id);
    assertThat(recorded.outputs()).hasSize(1_001).containsExactlyInAnyOrderElementsOf(outputs);
    AuditRecord record = only(new AuditQuery(null, null, "anna.handlaggare"), runId);
    assertThat(record.partyKeys())
        .hasSize(1_234)
        .startsWith("5500000000", "5500000001")
        .endsWith("5500001233");
    assertThat(trail.find(new AuditQuery(null, "5500001233", null)))
        .extracting(AuditRecord::runId)
        .contains(runId);
  }

  @Test
  void aFailedRunIsRecordedEvenWhenItsTransactionRolledBack() {
    // given
    String runId = "20261128-030000-recheck-" + unique;

    // when
    transactions.executeWithoutResult(
        status -> {
          events.publishEvent(
              new RunCompleted(
                  aRun(runId, "scheduler", Instant.now(), "FAILED"), "recheck", null, List.of()));
          status.setRollbackOnly();
        });

    // then
    assertThat(only(new AuditQuery(null, null, "scheduler"), runId).facts())
        .containsEntry("status", "FAILED");
  }

  @Test
  void anOverrideIsRecordedWithWhoWhyWhatAndExpiry() {
    // given
    String actor = "upphandlare.eva-" + unique;
    Instant recordedAt = Instant.parse("2026-11-27T14:05:00Z");
    var override =
        new AppliedOverride(
            "CONVICTION_MANDATORY",
            Decision.CLEAR,
            "Självsanering godtagen: ny ledning, ersättning betald",
            actor,
            recordedAt,
            LocalDate.of(2027, 6, 30));

    // when
    events.publishEvent(new OverrideRecorded(SOLE_TRADER, "780909-****", override));

    // then
    List<AuditRecord> found = trail.find(new AuditQuery(null, SOLE_TRADER, actor));
    assertThat(found).hasSize(1);
    AuditRecord record = found.get(0);
    assertThat(record.kind()).isEqualTo(AuditKind.OVERRIDE);
    assertThat(record.occurredAt()).isEqualTo(recordedAt);
    assertThat(record.partyKeys()).containsExactly(SOLE_TRADER);
    assertThat(record.maskedPartyKeys()).containsExactly("780909-****");
    assertThat(record.facts())
        .containsEntry("party", "780909-****")
        .containsEntry("ruleId", "CONVICTION_MANDATORY")
        .containsEntry("decision", "CLEAR")
        .containsEntry("reason", "Självsanering godtagen: ny ledning, ersättning betald")
        .containsEntry("expires", "2027-06-30");
    assertThat(record.facts().values()).noneMatch(value -> value.contains(SOLE_TRADER));
  }

  @Test
  void anOverrideWhoseTransactionRolledBackIsNotRecorded() {
    String actor = "upphandlare.rollback-" + unique;
    var override =
        new AppliedOverride("CREDIT_RISK", Decision.CLEAR, "test", actor, Instant.now(), null);

    transactions.executeWithoutResult(
        status -> {
          events.publishEvent(new OverrideRecorded("5561234567", "556123-4567", override));
          status.setRollbackOnly();
        });

    assertThat(trail.find(new AuditQuery(null, null, actor))).isEmpty();
  }

  @Test
  void anEmailAndAPurgeAreRecorded() {
    // given
    String runId = "20261128-020000-recheck-" + unique;
    Instant cutoff = Instant.parse("2026-08-30T00:00:00Z");

    // when
    events.publishEvent(
        new NotificationSent(
            runId,
            List.of("upphandling@huddinge.se"),
            "Ändrade beslut i nattlig kontroll",
            List.of("KS-2026/317")));
    events.publishEvent(new EvidencePurged(cutoff, 17, "scheduler-" + unique));

    // then
    AuditRecord mail = only(new AuditQuery(null, null, "scheduler"), runId);
    assertThat(mail.kind()).isEqualTo(AuditKind.NOTIFICATION);
    assertThat(mail.facts())
        .containsEntry("recipients", "upphandling@huddinge.se")
        .containsEntry("subject", "Ändrade beslut i nattlig kontroll")
        .containsEntry("procurementIds", "KS-2026/317");
    List<AuditRecord> purges = trail.find(new AuditQuery(null, null, "scheduler-" + unique));
    assertThat(purges)
        .singleElement()
        .satisfies(
            purge -> {
              assertThat(purge.kind()).isEqualTo(AuditKind.PURGE);
              assertThat(purge.facts()).containsEntry("cutoff", "2026-08-30T00:00:00Z");
              assertThat(purge.facts()).containsEntry("deleted", "17");
            });
  }

  private AuditRecord only(AuditQuery query, String runId) {
    List<AuditRecord> found =
        trail.find(query).stream().filter(record -> runId.equals(record.runId())).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  static RunInfo aRun(String runId, String actor, Instant finished, String status) {
    return new RunInfo(
        runId,
        runId.contains("recheck") ? "recheck" : "screen",
        finished.minusSeconds(42),
        finished,
        LocalDate.of(2026, 11, 28),
        actor,
        Locale.forLanguageTag("sv-SE"),
        "rules-3f2a9c",
        "plan",
        List.of("KS-2026/317"),
        List.of(new InputFile("sample-data/lou-vendors.csv", "a".repeat(64), 45, 1)),
        "file",
        List.of(
            new RegistrySource(
                "tax-arrears", "sample-data/registries/tax-arrears.csv", "b".repeat(64), 9)),
        Map.of(Decision.CLEAR, 40L, Decision.REVIEW, 3L, Decision.EXCLUDE, 2L),
        status);
  }
}
