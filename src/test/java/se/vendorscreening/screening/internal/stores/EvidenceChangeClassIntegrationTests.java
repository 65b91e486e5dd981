package se.vendorscreening.screening.internal.stores;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.EvidenceMarks;
import se.vendorscreening.screening.internal.rules.ScreenedParty;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

/**
 * The re-check's change classes for evidence, through the stored results of two runs: a party whose
 * register-check answer expired is EVIDENCE_EXPIRED, one whose answer turned from NO to YES
 * EVIDENCE_CHANGED, one without such evidence ESCALATED as before. A database of its own, since it
 * adds runs.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/evidence-change-${random.uuid}",
      "vs.test.schema-suffix=_evchange"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EvidenceChangeClassIntegrationTests {

  private static final String TAXES = "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES";

  @Autowired PartyResultStore store;
  @Autowired JdbcTemplate jdbc;

  @Test
  void expiredAndChangedRegisterCheckAnswersAreChangeClassesOfTheirOwn() {
    // given: a first re-check where three parties rest on register-check answers
    String procurement = "RC-" + UUID.randomUUID().toString().substring(0, 8);
    String before = run(1_000_001);
    store.insert(
        before,
        List.of(
            screened(procurement, "5552429028", Decision.CLEAR, answer("NO", null)),
            screened(procurement, "5545995457", Decision.CLEAR, answer("NO", null)),
            screened(procurement, "5581612586", Decision.CLEAR)));
    store.classifyChanges(before, 1_000_001);
    // and a second one where the first answer expired, the second turned YES and the third party
    // got a finding of another kind
    String after = run(1_000_002);
    store.insert(
        after,
        List.of(
            screened(
                procurement,
                "5552429028",
                Decision.INCOMPLETE,
                answer("NO", "register check BV-1 (" + TAXES + ") valid until 2027-02-20")),
            screened(procurement, "5545995457", Decision.REVIEW, answer("YES", null)),
            screened(procurement, "5581612586", Decision.REVIEW, other())));

    // when
    store.classifyChanges(after, 1_000_002);

    // then
    List<PartyChange> changes;
    try (Stream<PartyChange> stream = store.changes(after)) {
      changes = stream.toList();
    }
    assertThat(changes)
        .extracting(c -> c.result().orgNo(), PartyChange::change, PartyChange::previousDecision)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "555242-9028", ChangeClass.EVIDENCE_EXPIRED, Decision.CLEAR),
            org.assertj.core.groups.Tuple.tuple(
                "554599-5457", ChangeClass.EVIDENCE_CHANGED, Decision.CLEAR),
            org.assertj.core.groups.Tuple.tuple(
                "558161-2586", ChangeClass.ESCALATED, Decision.CLEAR));
  }

  private String run(long number) {
    String runId = "evchange-" + number + "-" + UUID.randomUUID();
    jdbc.update(
        "insert into screening_run (run_id, run_number, job, started_at, as_of, actor, language,"
            + " rules_version, organised_crime_profile, status) values (?, ?, 'recheck', ?, ?,"
            + " 'test', 'sv', 'x', 'plan', 'COMPLETED')",
        runId,
        number,
        Timestamp.from(Instant.parse("2026-11-28T02:00:00Z")),
        java.sql.Date.valueOf(LocalDate.of(2026, 11, 28)));
    return runId;
  }

  private static Finding answer(String answer, String expired) {
    Map<String, String> evidence = new java.util.LinkedHashMap<>();
    evidence.put(EvidenceMarks.REGISTER_CHECK, TAXES + "=" + answer);
    if (expired != null) {
      evidence.put(EvidenceMarks.EXPIRED, expired);
    }
    return finding(
        expired != null ? "EVIDENCE_MISSING" : "REGISTER_CHECK",
        expired != null
            ? Decision.INCOMPLETE
            : "YES".equals(answer) ? Decision.REVIEW : Decision.CLEAR,
        expired == null && !"YES".equals(answer),
        evidence);
  }

  private static Finding other() {
    return finding("CREDIT_RISK", Decision.REVIEW, false, Map.of("risk_class", "1"));
  }

  private static Finding finding(
      String rule, Decision decision, boolean informational, Map<String, String> evidence) {
    return new Finding(
        rule,
        "LOU 13 kap.",
        decision,
        informational,
        "Företaget AB",
        "VENDOR",
        null,
        null,
        null,
        "summary",
        evidence,
        null,
        "register-check.csv line 2");
  }

  private static ScreenedParty screened(
      String procurement, String number, Decision decision, Finding... findings) {
    String orgNo = number.substring(0, 6) + "-" + number.substring(6);
    return new ScreenedParty(
        new PartyResult(
            procurement,
            ProcurementType.LOU,
            number,
            orgNo,
            "Företaget " + number + " AB",
            PartyRole.VENDOR,
            null,
            decision,
            decision,
            List.of(findings),
            List.of(),
            List.of()),
        null);
  }
}
