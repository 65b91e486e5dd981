package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The nightly re-check follows every subcontractor tier under an ACTIVE contract: a vendor list
 * with a chain three tiers deep is screened, then the Quartz re-check job runs on the same H2
 * database with the real screening jobs, and the third-tier subcontractor (a corporate fine for
 * money laundering in the sample registries) flags the contract's vendor through both tiers above
 * it, with the chain as the explanation path. Before, the re-check read only the first tier, so the
 * vendor came out RESOLVED. A vendor whose contract is only PLANNED is not followed, nor is its
 * subcontractor. A database of its own, since the re-check reads every active contract of it.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/recheck-tiers-${random.uuid}",
      "screening.reports-dir=target/test-data/recheck-tiers-reports",
      "vs.test.schema-suffix=_rtiers"
    })
@Import(TestSchedulers.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecheckSubcontractorTiersIntegrationTests {

  private static final String VENDOR = "555242-9028";
  private static final String TIER_1 = "559947-0399";
  private static final String TIER_2 = "557140-5017";
  private static final String TIER_3 = "553051-9478";
  private static final String PLANNED_VENDOR = "555589-0655";
  private static final String PLANNED_SUBCONTRACTOR = "559938-9847";

  @Autowired ScreeningJobs screeningJobs;
  @Autowired ScreeningResults results;
  @Autowired TestSchedulers schedulers;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path input;
  @TempDir Path jobsDir;

  @AfterEach
  void shutDownTheTestSchedulers() throws Exception {
    schedulers.shutdownAll();
  }

  @Test
  void aFlaggedThirdTierSubcontractorFlagsTheContractsVendorInTheNightlyRecheck() throws Exception {
    // given: a contract's vendor with a chain of three subcontractors, the last one excluded in
    // the registries, screened before the contract was signed
    String procurement = "RT-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Path vendors = input.resolve("anbud.csv");
    String row = procurement + ",LOU,Ramavtal fastighetsservice,";
    Files.writeString(
        vendors,
        "procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,"
            + "parent_org_no,contract_id,contract_status,contract_start,contract_end,"
            + "annual_value_sek\n"
            + row
            + VENDOR
            + ",Huddinge Bygg & Mark AB,SE,,VENDOR,,AVT-RT-1,ACTIVE,2026-03-01,2028-02-29,800000\n"
            + row
            + TIER_1
            + ",Kvarnängens Åkeri AB,SE,,SUBCONTRACTOR,"
            + VENDOR
            + ",,,,,\n"
            + row
            + TIER_2
            + ",Björkängens Schakt AB,SE,,SUBCONTRACTOR,"
            + TIER_1
            + ",,,,,\n"
            + row
            + TIER_3
            + ",Solgårdens Ställningsbygge AB,SE,,SUBCONTRACTOR,"
            + TIER_2
            + ",,,,,\n"
            + row
            + PLANNED_VENDOR
            + ",Stensättra Entreprenad AB,SE,,VENDOR,,AVT-RT-2,PLANNED,2027-01-01,2028-12-31,"
            + "500000\n"
            + row
            + PLANNED_SUBCONTRACTOR
            + ",Östra Sjödalens Snickeri AB,SE,,SUBCONTRACTOR,"
            + PLANNED_VENDOR
            + ",,,,,\n");
    Path representatives = input.resolve("anbud-representatives.csv");
    RunOutcome screened = RecheckRuns.screened(screeningJobs, vendors, representatives, null);
    assertThat(flaggedChain(screened.run().runId())).isPresent();

    // when: the nightly re-check fires once through Quartz
    String name = TestSchedulers.uniqueName("recheck-tiers");
    ZonedDateTime first = TestSchedulers.secondsAhead(2, 1);
    TestSchedulers.writeJob(
        jobsDir,
        name,
        "job: recheck",
        "cron: '" + TestSchedulers.cronAt(first, 1) + "'",
        "zone: UTC");
    schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir).start();
    RunInfo recheck = RecheckRuns.completedRecheckOf(results, name);

    // then: every tier was re-checked, and the vendor carries the chain down to the third tier
    Map<String, PartyResult> rechecked = RecheckRuns.resultsOf(results, recheck.runId());
    assertThat(rechecked)
        .containsOnlyKeys(VENDOR, TIER_1, TIER_2, TIER_3)
        .doesNotContainKeys(PLANNED_VENDOR, PLANNED_SUBCONTRACTOR);
    assertThat(rechecked.get(TIER_3).decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(rechecked.get(TIER_2).decision()).isEqualTo(Decision.REVIEW);
    assertThat(rechecked.get(TIER_1).decision()).isEqualTo(Decision.REVIEW);
    Finding chain = flaggedChain(recheck.runId()).orElseThrow();
    assertThat(chain.evidence())
        .containsEntry(
            "explanation_path",
            "Huddinge Bygg & Mark AB (555242-9028) ← Kvarnängens Åkeri AB (559947-0399)"
                + " ← Björkängens Schakt AB (557140-5017)"
                + " ← Solgårdens Ställningsbygge AB (553051-9478)")
        .containsEntry("tiers", "3")
        .containsEntry("subcontractor_org_no", TIER_1);
    assertThat(rechecked.get(VENDOR).decision()).isEqualTo(Decision.REVIEW);
    // the same as the screen found: nothing resolved by a shorter look
    try (Stream<PartyChange> changes = results.changes(recheck.runId())) {
      assertThat(changes.filter(c -> c.result().orgNo().equals(VENDOR)))
          .singleElement()
          .extracting(PartyChange::change)
          .isEqualTo(ChangeClass.UNCHANGED);
    }
    assertThat(
            jdbc.queryForObject(
                "select tier from intake_followed_party where procurement_id = ?"
                    + " and party_key = '5530519478'",
                Integer.class,
                procurement))
        .isEqualTo(3);
  }

  private Optional<Finding> flaggedChain(String runId) {
    PartyResult vendor = RecheckRuns.resultsOf(results, runId).get(VENDOR);
    return vendor == null
        ? Optional.empty()
        : vendor.findings().stream()
            .filter(f -> f.ruleId().equals("SUBCONTRACTOR_FLAGGED"))
            .filter(f -> "3".equals(f.evidence().get("tiers")))
            .findFirst();
  }
}
