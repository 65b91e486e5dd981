package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The sample screened with its sworn statements and vendor documents (sample-data/PLANTED.md):
 * results.csv's trailing columns exclusion_grounds and evidence_kinds, sorted and |-separated. A
 * database of its own, so that no other test's imports or statements count.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/statements-${random.uuid}",
      "vs.test.schema-suffix=_statements"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScreenStatementsIntegrationTests {

  private static final String FLEMINGSBERG = "558161-2586";
  private static final String BALTIC = "DE:DE287654321";

  @Autowired Cli cli;

  @TempDir Path out;

  @Test
  void resultsCarryTheGroundsAndEvidenceKindsOfEachParty() throws Exception {
    List<String> args =
        new java.util.ArrayList<>(Arrays.asList(SampleCommandLines.screenSample(out)));
    args.addAll(List.of("--statements", "sample-data/lou-sanningsforsakran.csv"));
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    int exit =
        cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));

    assertThat(exit).as(stderr.toString()).isZero();
    Path folder;
    try (Stream<Path> all = Files.list(out)) {
      folder = all.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    List<String[]> rows;
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      rows = csv.readAll();
    }
    List<String> header = List.of(rows.get(0));
    assertThat(header.subList(header.size() - 3, header.size()))
        .containsExactly("overrides", "exclusion_grounds", "evidence_kinds");
    int decision = header.indexOf("decision");
    int ruleIds = header.indexOf("rule_ids");
    int grounds = header.indexOf("exclusion_grounds");
    int kinds = header.indexOf("evidence_kinds");
    Map<String, String[]> byOrg = new LinkedHashMap<>();
    rows.stream().skip(1).forEach(row -> byOrg.put(row[header.indexOf("org_no")], row));

    // the statements change no counts (PLANTED.md): 6 EXCLUDE, 14 REVIEW, 0 INCOMPLETE, 7 CLEAR
    assertThat(
            byOrg.values().stream()
                .collect(Collectors.groupingBy(r -> r[decision], Collectors.counting())))
        .containsEntry("EXCLUDE", 6L)
        .containsEntry("REVIEW", 14L)
        .containsEntry("CLEAR", 7L)
        .doesNotContainKey("INCOMPLETE");

    // a sworn statement declaring every ground absent against a final tax debt
    String[] flemingsberg = byOrg.get(FLEMINGSBERG);
    assertThat(flemingsberg[ruleIds]).contains("FALSE_DECLARATION").contains("TAX_UNPAID_FINAL");
    assertThat(flemingsberg[grounds])
        .isEqualTo(
            "CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION"
                + "|CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES");
    assertThat(flemingsberg[kinds]).isEqualTo("REGISTRY|SWORN_STATEMENT");

    // a foreign vendor: its own documents satisfy four grounds, its expired statement nothing
    String[] baltic = byOrg.get(BALTIC);
    assertThat(baltic[ruleIds]).contains("EVIDENCE_MISSING");
    // FINANCIAL_NO_DATA (no Swedish credit record) would name bankruptcy and insolvency, but the
    // Amtsgericht's document answers both: it stands for the economic standing alone
    // (NATIONAL.OTHER, evidence.md)
    assertThat(baltic[ruleIds]).contains("FINANCIAL_NO_DATA");
    assertThat(baltic[grounds])
        .as(String.join(",", baltic))
        .isEqualTo(
            String.join(
                "|",
                "CRITERION.EXCLUSION.CONVICTIONS.CHILD_LABOUR-HUMAN_TRAFFICKING",
                "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION",
                "CRITERION.EXCLUSION.CONVICTIONS.FRAUD",
                "CRITERION.EXCLUSION.CONVICTIONS.MONEY_LAUNDERING",
                "CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION",
                "CRITERION.EXCLUSION.CONVICTIONS.TERRORIST_OFFENCES",
                "CRITERION.EXCLUSION.MISCONDUCT.MC_PROFESSIONAL",
                "CRITERION.EXCLUSION.NATIONAL.OTHER"));
    assertThat(baltic[grounds]).doesNotContain("BUSINESS.");
    // VENDOR_DOCUMENT from the EVIDENCE_ACCEPTED of its own documents and the answered
    // FINANCIAL_NO_DATA
    assertThat(baltic[kinds])
        .as(String.join(",", baltic))
        .isEqualTo("REGISTRY|SWORN_STATEMENT|VENDOR_DOCUMENT");
    assertThat(baltic[grounds]).doesNotContain("PAYMENT_OF_");
  }
}
