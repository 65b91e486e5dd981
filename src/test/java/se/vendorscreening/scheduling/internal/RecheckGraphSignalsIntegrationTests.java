package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The nightly re-check evaluates the relationship graph too: a contract's vendor is screened CLEAR;
 * later a screen of another procurement is given the sample's ownership file, which the register
 * keeps; the Quartz re-check job then finds the vendor 54 % owned from Russia through a holding
 * company (SANCTIONED_OWNERSHIP) and reports it ESCALATED in changes.csv. Before, the graph ran in
 * the screen job only and the ownership file was not kept, so the vendor stayed UNCHANGED. A newer
 * ownership file that names the vendor's owners without the Russian one ends that stake: the next
 * re-check resolves the vendor. A database of its own, since the re-check reads every active
 * contract of it.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/recheck-graph-${random.uuid}",
      "screening.reports-dir=target/test-data/recheck-graph-reports",
      "vs.test.schema-suffix=_rgraph"
    })
@Import(TestSchedulers.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecheckGraphSignalsIntegrationTests {

  private static final String OWNED_VENDOR = "559229-0083";
  private static final String OTHER_VENDOR = "555589-0655";
  private static final String HEADER =
      "procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,"
          + "parent_org_no,contract_id,contract_status,contract_start,contract_end,"
          + "annual_value_sek\n";

  @Autowired ScreeningJobs screeningJobs;
  @Autowired ScreeningResults results;
  @Autowired TestSchedulers schedulers;
  @Autowired JdbcTemplate jdbc;

  @Value("${screening.reports-dir}")
  Path reportsDir;

  @TempDir Path input;
  @TempDir Path jobsDir;

  @AfterEach
  void shutDownTheTestSchedulers() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void anOwnershipFileOfALaterScreenFlagsAContractsVendorInTheNightlyRecheck() throws Exception {
    // given: two vendors with ACTIVE contracts, screened without an ownership file
    String procurement = "RG-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String row = procurement + ",LOU,Ramavtal kakel och mark,";
    Path contracted = input.resolve("avtal.csv");
    Files.writeString(
        contracted,
        HEADER
            + row
            + OWNED_VENDOR
            + ",Myrstuguberget Kakel & Klinker AB,SE,,VENDOR,,AVT-RG-1,ACTIVE,2026-03-01,"
            + "2028-02-29,650000\n"
            + row
            + OTHER_VENDOR
            + ",Stensättra Entreprenad AB,SE,,VENDOR,,AVT-RG-2,ACTIVE,2026-03-01,2028-02-29,"
            + "650000\n");
    RunOutcome first = screen(contracted, null);
    assertThat(RecheckRuns.resultsOf(results, first.run().runId()).get(OWNED_VENDOR).decision())
        .isEqualTo(Decision.CLEAR);

    // and: a screen of another procurement with the sample's ownership file, whose rows the
    // register keeps
    String other = "RG-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Path tender = input.resolve("anbud.csv");
    Files.writeString(
        tender,
        HEADER
            + other
            + ",LOU,Ny upphandling,555242-9028,Huddinge Bygg & Mark AB,SE,,VENDOR,,,,,,\n");
    RunOutcome withOwners = screen(tender, Path.of("sample-data/owners.csv"));
    assertThat(stakesKeptFrom(withOwners)).isEqualTo(4);

    // when: the nightly re-check fires once through Quartz
    String name = TestSchedulers.uniqueName("recheck-graph");
    ZonedDateTime at = TestSchedulers.secondsAhead(2, 1);
    TestSchedulers.writeJob(
        jobsDir, name, "job: recheck", "cron: '" + TestSchedulers.cronAt(at, 1) + "'", "zone: UTC");
    schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir).start();
    RunInfo recheck = RecheckRuns.completedRecheckOf(results, name);

    // then: the vendor is excluded for its owners, with both chains as the explanation
    Map<String, PartyResult> rechecked = RecheckRuns.resultsOf(results, recheck.runId());
    PartyResult owned = rechecked.get(OWNED_VENDOR);
    assertThat(owned.decision()).isEqualTo(Decision.EXCLUDE);
    Finding ownership =
        owned.findings().stream()
            .filter(f -> f.ruleId().equals("SANCTIONED_OWNERSHIP"))
            .findFirst()
            .orElseThrow();
    assertThat(ownership.evidence())
        .containsEntry("sanctioned_share_percent", "54")
        .containsKey("explanation_path");
    assertThat(ownership.evidence().get("explanation_path"))
        .contains("Myrstuguberget Holding AB")
        .contains("Volga Invest OOO");
    // 40 % through the holding company alone stays below the limit
    assertThat(rechecked.get(OTHER_VENDOR).ruleIds()).doesNotContain("SANCTIONED_OWNERSHIP");
    assertThat(changeOf(recheck.runId(), OWNED_VENDOR)).isEqualTo(ChangeClass.ESCALATED);
    assertThat(changeOf(recheck.runId(), OTHER_VENDOR)).isEqualTo(ChangeClass.UNCHANGED);
    // the run is COMPLETED before its folder is written; manifest.json comes last
    Path folder = reportsDir.resolve(recheck.runId());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Files.exists(folder.resolve("manifest.json")));
    List<String> lines = Files.readAllLines(folder.resolve("changes.csv"));
    assertThat(lines)
        .filteredOn(line -> line.startsWith(procurement + "," + OWNED_VENDOR + ","))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(",CLEAR,EXCLUDE,ESCALATED,")
                    .contains("SANCTIONED_OWNERSHIP"));

    // and when: a newer ownership file names the vendor's owners without the Russian one
    Path newerOwners = input.resolve("anbud-owners.csv");
    Files.writeString(
        newerOwners,
        "owner;owner_id;owned_org_no;share_percent;owner_country;date\n"
            + "Myrstuguberget Holding AB;559412-7309;"
            + OWNED_VENDOR
            + ";100;SE;2026-10-01\n");
    screen(tender, newerOwners);
    RunOutcome next =
        screeningJobs.recheck(
            new RecheckRequest(null, null, null, Locale.forLanguageTag("sv-SE"), "test", "test"));

    // then: the register's ownership of the vendor is the newer file's, and the stake has ended
    assertThat(RecheckRuns.resultsOf(results, next.run().runId()).get(OWNED_VENDOR).ruleIds())
        .doesNotContain("SANCTIONED_OWNERSHIP");
    assertThat(changeOf(next.run().runId(), OWNED_VENDOR)).isEqualTo(ChangeClass.RESOLVED);
    // the earlier file's rows are kept
    assertThat(stakesKeptFrom(withOwners)).isEqualTo(4);
  }

  private RunOutcome screen(Path vendors, Path owners) throws java.io.IOException {
    Path representatives =
        vendors.resolveSibling(
            vendors.getFileName().toString().replace(".csv", "") + "-representatives.csv");
    return RecheckRuns.screened(screeningJobs, vendors, representatives, owners);
  }

  private int stakesKeptFrom(RunOutcome run) {
    return jdbc.queryForObject(
        "select count(*) from intake_ownership_stake where import_id = ?",
        Integer.class,
        run.run().runId());
  }

  private ChangeClass changeOf(String runId, String orgNo) {
    try (Stream<PartyChange> changes = results.changes(runId)) {
      return changes
          .filter(c -> c.result().orgNo().equals(orgNo))
          .findFirst()
          .orElseThrow()
          .change();
    }
  }
}
