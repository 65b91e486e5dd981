package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.cli.RunFixtures.OTHER_SOLE_TRADER;
import static se.vendorscreening.cli.RunFixtures.SOLE_TRADER;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import se.vendorscreening.ForbiddenCodes;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.screening.RunInfo;

@SpringBootTest
@Import(AuditCommandsTestConfiguration.class)
class AuditCommandsIntegrationTests {

  @Autowired Cli cli;
  @Autowired AuditTrail trail;
  @Autowired ApplicationEventPublisher events;
  @Autowired FakeScreeningResults screeningResults;
  @Autowired FakeEvidenceRetention evidence;

  @TempDir Path reports;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private final Locale defaultLocale = Locale.getDefault();

  @BeforeEach
  void commandsSpeakSwedishByDefault() {
    Locale.setDefault(CommandLanguage.SWEDISH);
    evidence.clear();
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private int run(String... args) {
    return cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void showMasksPersonalNumbersAndRecordsNothing() {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    screeningResults.add(
        RunFixtures.aRun(runId, "anna.handlaggare", Instant.now()), RunFixtures.threeParties());

    // when
    int status = run("show", runId);

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains(runId, "556123-4567", "800102-****", "920429-****")
        .contains("(kontroll av leverantörer, klar)")
        .contains("Uteslut: 1, Ofullständig: 0, Granska: 1, Inga anmärkningar: 1")
        .contains(
            "Huddinge Bygg & Mark AB  Anbudsgivare  Uteslut  Obetald skatt eller avgift 46\u00a0200\u00a0kr")
        .contains("Anna Andersson Måleri  Anbudsgivare  Granska  Riskklass 1 av 5 (hög kreditrisk)")
        .contains("(ändrat av handläggare, reglerna gav Granska)")
        .doesNotContain("800102-2386", SOLE_TRADER);
    // the decisions and findings in the reports' words: no rule id, decision or role code
    assertThat(ForbiddenCodes.in(out.toString())).isEmpty();
    assertThat(trail.find(new AuditQuery(null, SOLE_TRADER, null)))
        .noneMatch(record -> runId.equals(record.runId()));
  }

  @Test
  void unmaskedShowPrintsFullNumbersAndRecordsWhoSawWhichParties() {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    screeningResults.add(
        RunFixtures.aRun(runId, "anna.handlaggare", Instant.now()), RunFixtures.threeParties());
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    // when
    int status = run("show", runId, "--unmask", "--actor", "revisor.karin");

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("800102-2386", "920429-2396", "556123-4567");
    AuditRecord record =
        onlyRecord(new AuditQuery(before, null, "revisor.karin"), AuditKind.UNMASKED_VIEW);
    assertThat(record.runId()).isEqualTo(runId);
    assertThat(record.partyKeys()).containsExactlyInAnyOrder(SOLE_TRADER, OTHER_SOLE_TRADER);
    assertThat(record.maskedPartyKeys()).containsExactlyInAnyOrder("800102-****", "920429-****");
    assertThat(record.facts()).containsEntry("parties", "2");
  }

  @Test
  void aPlainShowAfterAnUnmaskedOneIsMaskedAgainAndNotRecorded() {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    screeningResults.add(
        RunFixtures.aRun(runId, "anna", Instant.now()), RunFixtures.threeParties());
    run("show", runId, "--unmask", "--actor", "first-" + runId);
    out.getBuffer().setLength(0);

    // when
    int status = run("show", runId);

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains("800102-****").doesNotContain("800102-2386");
    assertThat(trail.find(AuditQuery.all()))
        .filteredOn(record -> runId.equals(record.runId()))
        .singleElement()
        .extracting(AuditRecord::actor)
        .isEqualTo("first-" + runId);
  }

  @Test
  void unknownRunIsAFailure() {
    assertThat(run("show", "no-such-run")).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString()).contains("no-such-run");
  }

  @Test
  void runsListsEveryRunWithStatusAndCounts() {
    // given
    String runId = RunFixtures.uniqueRunId("recheck");
    screeningResults.add(
        RunFixtures.aRun(runId, "scheduler", Instant.now()), RunFixtures.threeParties());

    // when
    int status = run("runs");

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .containsPattern(runId + ".*COMPLETED.*CLEAR=1 REVIEW=1 INCOMPLETE=0 EXCLUDE=1");
  }

  @Test
  void purgeDeletesEvidencePastTheDefaultRetentionAndIsRecorded() {
    // given
    Instant now = Instant.now();
    Instant old = now.minus(Duration.ofDays(120));
    Instant recent = now.minus(Duration.ofDays(10));
    evidence.storeAnswerRetrievedAt(old);
    evidence.storeAnswerRetrievedAt(recent);

    // when
    int status = run("purge", "--actor", "dataskydd.olle");

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(evidence.retrievedTimes()).contains(recent).doesNotContain(old);
    AuditRecord record = onlyRecord(new AuditQuery(null, null, "dataskydd.olle"), AuditKind.PURGE);
    assertThat(record.facts()).containsEntry("deleted", "1");
    Instant cutoff = Instant.parse(record.facts().get("cutoff"));
    assertThat(Duration.between(cutoff, now).toDays()).isBetween(89L, 90L);
  }

  @Test
  void purgeTakesAnExplicitPeriodAndRejectsANonPeriod() {
    evidence.storeAnswerRetrievedAt(Instant.now().minus(Duration.ofDays(40)));

    assertThat(run("purge", "--older-than", "P30D", "--actor", "dataskydd.pia"))
        .isEqualTo(ExitStatus.OK);
    assertThat(onlyRecord(new AuditQuery(null, null, "dataskydd.pia"), AuditKind.PURGE).facts())
        .containsEntry("deleted", "1");
    assertThat(run("purge", "--older-than", "30 days")).isEqualTo(ExitStatus.USAGE);
  }

  @Test
  void verifyPassesOnAnUntouchedRunFolderGivenByPathOrRunId() throws Exception {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    events.publishEvent(
        RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now())));

    // when / then
    assertThat(run("verify", folder.toString())).isEqualTo(ExitStatus.OK);
    assertThat(run("verify", runId)).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains(runId, "5");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void verifyFailsNamingTheReportWhenOneByteChanged() throws Exception {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    events.publishEvent(
        RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now())));
    byte[] pdf = Files.readAllBytes(folder.resolve("report.pdf"));
    pdf[3] ^= 1;
    Files.write(folder.resolve("report.pdf"), pdf);

    // when
    int status = run("verify", folder.toString());

    // then
    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("ÄNDRAD report.pdf")
        .doesNotContain("results.csv", "report.xlsx", "SAKNAS", "EXTRA");
  }

  @Test
  void verifyFailsNamingAMissingAndAnExtraFile() throws Exception {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    events.publishEvent(
        RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now())));
    Files.delete(folder.resolve("results.csv"));
    Files.writeString(folder.resolve("notes.txt"), "added later");

    // when
    int status = run("verify", runId);

    // then
    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("SAKNAS results.csv", "EXTRA notes.txt")
        .doesNotContain("report.pdf");
  }

  @Test
  void verifyCatchesAReportChangedTogetherWithItsManifestThroughTheAuditTrail() throws Exception {
    // given a report changed and the manifest rewritten to match it
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    events.publishEvent(
        RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now())));
    String originalHash = RunFixtures.outputOf(folder, "results.csv").sha256();
    Files.writeString(
        folder.resolve("results.csv"), "procurement_id,org_no\nKS-2026/317,556123-4567\n");
    String forgedHash = RunFixtures.outputOf(folder, "results.csv").sha256();
    Path manifest = folder.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(originalHash, forgedHash));

    // when
    int status = run("verify", folder.toString());

    // then
    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("ÄNDRAD manifest.json: innehållet skiljer sig från granskningsloggen")
        .contains("ÄNDRAD results.csv: innehållet skiljer sig från granskningsloggen")
        .doesNotContain("från manifestet", "report.pdf");
  }

  @Test
  void verifyTellsAFolderTheAuditTrailNeverRecordedApartFromTampering() throws Exception {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now()));

    // when
    int status = run("verify", folder.toString());

    // then
    assertThat(status).isEqualTo(ExitStatus.NOT_RECORDED);
    assertThat(out.toString())
        .contains(
            "Filerna stämmer med sitt manifest, men den här databasen har ingen post om körning "
                + runId)
        .contains("Manifestet är inte signerat");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aRunStillVerifiesAfterItsRegistryEvidenceIsPurged() throws Exception {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    Path folder = reports.resolve(runId);
    events.publishEvent(
        RunFixtures.aRunFolder(folder, RunFixtures.aRun(runId, "anna", Instant.now())));
    Instant old = Instant.now().minus(Duration.ofDays(400));
    evidence.storeAnswerRetrievedAt(old);

    // when
    int purged = run("purge", "--older-than", "P1Y", "--actor", "dataskydd-" + runId);

    // then
    assertThat(purged).isEqualTo(ExitStatus.OK);
    assertThat(evidence.retrievedTimes()).doesNotContain(old);
    assertThat(run("verify", runId)).isEqualTo(ExitStatus.OK);
  }

  @Test
  void auditSinceListsOnlyRecordsFromThatDate() {
    // given
    String actor = "filter-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    String early = RunFixtures.uniqueRunId("screen");
    String late = RunFixtures.uniqueRunId("screen");
    publishRun(RunFixtures.aRun(early, actor, Instant.parse("2020-01-10T09:00:00Z")));
    publishRun(RunFixtures.aRun(late, actor, Instant.parse("2020-03-10T09:00:00Z")));

    // when
    int all = run("audit", "--actor", actor);
    String allOutput = out.toString();
    out.getBuffer().setLength(0);
    int since = run("audit", "--since", "2020-02-01", "--actor", actor);

    // then
    assertThat(all).isEqualTo(ExitStatus.OK);
    assertThat(allOutput).contains(early, late, "rulesVersion: rules-3f2a9c");
    assertThat(since).isEqualTo(ExitStatus.OK);
    assertThat(out.toString()).contains(late, "2020-03-10 10:00:00").doesNotContain(early);
  }

  @Test
  void auditPartyListsTheRecordsOfOnePartyWithItsNumberMasked() {
    // given
    String runId = RunFixtures.uniqueRunId("screen");
    screeningResults.add(
        RunFixtures.aRun(runId, "anna", Instant.now()), RunFixtures.threeParties());
    run("show", runId, "--unmask", "--actor", "party-filter-" + runId);
    out.getBuffer().setLength(0);

    // when
    int status = run("audit", "--party", "19800102-2386");

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("UNMASKED_VIEW", "party-filter-" + runId, "800102-****")
        .doesNotContain(SOLE_TRADER, "800102-2386");
  }

  @Test
  void auditMasksAPersonalNumberTypedIntoAnOverrideReason() {
    // given
    String actor = "upphandlare-" + System.nanoTime();
    events.publishEvent(
        new se.vendorscreening.screening.OverrideRecorded(
            RunFixtures.COMPANY,
            "556123-4567",
            new se.vendorscreening.screening.AppliedOverride(
                "CONVICTION_MANDATORY",
                se.vendorscreening.shared.Decision.CLEAR,
                "Dömd VD 199204292396 har lämnat bolaget",
                actor,
                Instant.now(),
                null)));

    // when
    int status = run("audit", "--actor", actor, "--party", "556123-4567");

    // then
    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .contains("OVERRIDE", "reason: Dömd VD 920429-**** har lämnat bolaget", "556123-4567")
        .doesNotContain("199204292396");
  }

  private void publishRun(RunInfo run) {
    events.publishEvent(
        new se.vendorscreening.screening.RunCompleted(
            run, "screen --vendors v.csv", null, java.util.List.of()));
  }

  private AuditRecord onlyRecord(AuditQuery query, AuditKind kind) {
    var records = trail.find(query).stream().filter(r -> r.kind() == kind).toList();
    assertThat(records).hasSize(1);
    return records.get(0);
  }
}
