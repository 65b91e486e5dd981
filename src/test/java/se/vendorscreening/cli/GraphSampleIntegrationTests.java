package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The graph sample (sample-data/PLANTED.md, "The relationship graph"): with the ownership file, the
 * person signals and graph-representatives.csv, each graph signal has exactly one planted case, and
 * a flag travels from a subcontractor at the third tier up to the tenderer. A database of its own,
 * so that no other test's imports count.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/graph-sample-${random.uuid}",
      "vs.test.schema-suffix=_graphsample",
      "screening.graph.person-signals=true"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GraphSampleIntegrationTests {

  @Autowired Cli cli;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path out;

  @Test
  void theGraphSamplePlantsEachSignalOnce() throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "screen",
            "--vendors",
            "sample-data/graph-vendors.csv",
            "--representatives",
            "sample-data/graph-representatives.csv",
            "--owners",
            "sample-data/owners.csv",
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--out",
            out.toString());

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.OK);
    String runId =
        jdbc.queryForObject(
            "select run_id from screening_run order by run_number desc fetch first 1 rows only",
            String.class);
    Map<String, List<String>> partiesByRule = new LinkedHashMap<>();
    Map<String, Set<String>> subjectsByRule = new LinkedHashMap<>();
    jdbc.query(
        "select rule_id, party_key, subject_name from screening_finding where run_id = ?"
            + " order by rule_id, party_key",
        rs -> {
          partiesByRule
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(rs.getString(2));
          subjectsByRule
              .computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
              .add(rs.getString(3));
        },
        runId);
    // one party each
    assertThat(partiesByRule.get("SANCTIONED_OWNERSHIP")).containsExactly("5592290083");
    assertThat(partiesByRule.get("SANCTIONED_SUBCONTRACTOR")).containsExactly("5547564699");
    assertThat(partiesByRule.get("PHOENIX")).containsExactly("5599389847");
    assertThat(partiesByRule.get("ORGANISED_CRIME_HOPS")).containsExactly("5599389847");
    // one person each: the front person sits on six boards of tenderers of one procurement, so six
    // parties carry each of these two findings, all about him
    assertThat(subjectsByRule.get("SHARED_PERSONS")).containsExactly("Henrik Dahl (850706-****)");
    // FRONT_PERSON's two signs once each: Henrik Dahl by his six boards, and Ulf Grönkvist, moved
    // from deputy to member to chair of Stuvsta's board, by five role changes within a year
    assertThat(subjectsByRule.get("FRONT_PERSON"))
        .containsExactly("Henrik Dahl (850706-****)", "Ulf Grönkvist (780102-****)");
    assertThat(partiesByRule.get("FRONT_PERSON")).hasSize(7).containsOnlyOnce("5534478523");
    Map<String, Object> roleChanges =
        jdbc.queryForMap(
            "select subject_role, evidence from screening_finding where run_id = ?"
                + " and rule_id = 'FRONT_PERSON' and party_key = '5534478523'",
            runId);
    assertThat(roleChanges.get("subject_role")).isEqualTo("BOARD+CHAIR+DEPUTY");
    assertThat((String) roleChanges.get("evidence"))
        .contains("\"role_changes\":\"5\"")
        .contains("\"role_changes_from\":\"2025-12-01\"")
        .contains("\"role_changes_to\":\"2026-07-01\"")
        .contains(
            "Ulf Grönkvist (780102-****) –DEPUTY→ Stuvsta Rör & Värme AB (553447-8523) from"
                + " 2025-12-01")
        .contains(
            "Ulf Grönkvist (780102-****) –CHAIR→ Stuvsta Rör & Värme AB (553447-8523) from"
                + " 2026-07-01")
        .doesNotContain("7801022398");
    // the third tier: Ängsnäs ← Lindvreten ← Björkängens ← Myrstuguberget, reaching the top once
    assertThat(
            jdbc.queryForList(
                "select party_key from screening_finding where run_id = ?"
                    + " and rule_id = 'SUBCONTRACTOR_FLAGGED' and evidence like ?",
                String.class,
                runId,
                "%\"tiers\":\"3\"%"))
        .containsExactly("5547564699");

    Path folder;
    try (Stream<Path> folders = Files.list(out)) {
      folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    String results = Files.readString(folder.resolve("results.csv"));
    assertThat(results)
        .contains(
            "Ängsnäs Takläggning AB (554756-4699) ← Lindvreten Plåt KB (962814-5014)"
                + " ← Björkängens Schakt AB (557140-5017) ← Myrstuguberget Kakel & Klinker AB"
                + " (559229-0083)");
    Map<String, String> decisions = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      csv.readAll().stream()
          .skip(1)
          .forEach(
              row -> {
                decisions.put(row[1], row[5]);
                counts.merge(row[5], 1, Integer::sum);
              });
    }
    assertThat(decisions)
        .containsEntry("554756-4699", "EXCLUDE")
        .containsEntry("962814-5014", "REVIEW")
        .containsEntry("557140-5017", "REVIEW")
        .containsEntry("559229-0083", "EXCLUDE");
    assertThat(counts)
        .containsEntry("EXCLUDE", 8)
        .containsEntry("REVIEW", 16)
        .containsEntry("CLEAR", 3)
        .doesNotContainKey("INCOMPLETE");
    // the network section's first picture on the section's first page, not after an empty page
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      var text = new org.apache.pdfbox.text.PDFTextStripper();
      String sectionPage = null;
      for (int page = 1; page <= pdf.getNumberOfPages() && sectionPage == null; page++) {
        text.setStartPage(page);
        text.setEndPage(page);
        String words = text.getText(pdf);
        if (words.startsWith("Nätverk")) {
          sectionPage = words;
        }
      }
      assertThat(sectionPage)
          .isNotNull()
          .contains("Kluster 1: Myrstuguberget Kakel & Klinker AB (6 noder)");
    }
  }
}
