package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.shared.Decision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An override judges evidence, not a party: it is refused for what no run shows, applied while its
 * rule rests on the records it judged, and re-opened by a new record. A database of its own, so
 * that no other test's runs or overrides count (an H2 file, or a PostgreSQL schema).
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/override-${random.uuid}",
      "vs.test.schema-suffix=_override"
    })
// its own database, so its context (and connection pool) is closed after it rather than cached
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OverrideEvidenceIntegrationTests {

  private static final String FLEMINGSBERG = "558161-2586";
  private static final String NEW_DEBT =
      "558161-2586,Flemingsbergs Städservice AB,TAX,95000,2026-11-02,true,KFM-A-2026-099001";

  @Autowired Cli cli;
  @Autowired Overrides overrides;

  @TempDir Path out;
  @TempDir Path registries;

  private StringWriter stdout = new StringWriter();
  private StringWriter stderr = new StringWriter();
  private final List<Path> folders = new ArrayList<>();

  private int execute(String... args) {
    stdout = new StringWriter();
    stderr = new StringWriter();
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
  }

  private Path screen(String registriesDir, boolean withRepresentatives) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "screen",
                "--vendors",
                "sample-data/lou-vendors.csv",
                "--registries",
                registriesDir,
                "--as-of",
                "2026-11-28",
                "--actor",
                "Eva Upphandlare",
                "--out",
                out.toString()));
    if (withRepresentatives) {
      args.addAll(List.of("--representatives", "sample-data/lou-representatives.csv"));
    }
    execute(args.toArray(String[]::new));
    try (Stream<Path> all = Files.list(out)) {
      Path folder = all.filter(f -> !folders.contains(f)).findFirst().orElseThrow();
      folders.add(folder);
      return folder;
    }
  }

  private int override(String org, String rule, String decision) {
    return execute(
        "override",
        "--org",
        org,
        "--rule",
        rule,
        "--decision",
        decision,
        "--reason",
        "Skulden är betald enligt Kronofogdens intyg av 2026-11-25",
        "--actor",
        "Eva Upphandlare",
        "--expires",
        "2027-12-31",
        "--lang",
        "sv");
  }

  private static Map<String, String[]> results(Path folder) throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> all = csv.readAll();
      assertThat(all.get(0))
          .containsExactly(
              "procurement_id",
              "org_no",
              "name",
              "role",
              "parent_org_no",
              "decision",
              "rule_ids",
              "clause_ids",
              "contract_ids",
              "findings",
              "overrides",
              "exclusion_grounds",
              "evidence_kinds");
      all.stream().skip(1).forEach(row -> rows.put(row[1], row));
    }
    return rows;
  }

  private static String pdfText(Path folder) throws Exception {
    try (var pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  @Test
  void overrideForAnOrganisationNoRunShowsIsABadCommandLine() {
    int status = override("556677-8899", "TAX_UNPAID_FINAL", "CLEAR");

    assertThat(status).isEqualTo(ExitStatus.USAGE);
    assertThat(stderr.toString())
        .startsWith(
            "Beslutet registrerades inte: ingen avslutad körning visar organisationen 556677-8899")
        .doesNotContain("Exception", "\tat ");
    assertThat(stdout.toString()).isEmpty();
  }

  @Test
  void overrideAppliesWhileTheEvidenceIsUnchangedAndANewDebtReopensIt() throws Exception {
    // Without representatives, the party's latest run shows REPRESENTATIVES_MISSING: a check not
    // done names no record, so it cannot be cleared.
    screen("sample-data/registries", false);
    assertThat(override(FLEMINGSBERG, "REPRESENTATIVES_MISSING", "CLEAR"))
        .as(stderr.toString())
        .isEqualTo(ExitStatus.USAGE);
    assertThat(stderr.toString()).contains("REPRESENTATIVES_MISSING", "CLEAR");

    screen("sample-data/registries", true);
    assertThat(overrides.judgeable(FLEMINGSBERG, "KS-2026/317"))
        .containsExactly(
            Map.entry("TAX_UNPAID_FINAL", List.of("TAX 184000 SEK 2026-05-12 KFM-A-2026-041277")));
    assertThat(overrides.judgeable(FLEMINGSBERG, "KS-2025/001")).isEmpty();
    assertThatThrownBy(
            () ->
                overrides.record(
                    new OverrideRequest(
                        FLEMINGSBERG,
                        "KS-2025/001",
                        "TAX_UNPAID_FINAL",
                        Decision.CLEAR,
                        "Självsanering",
                        "Eva Upphandlare",
                        null)))
        .isInstanceOfSatisfying(
            OverrideRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(OverrideRefusedException.Reason.UNKNOWN_PARTY));
    assertThat(override(FLEMINGSBERG, "CONVICTION_MANDATORY", "CLEAR")).isEqualTo(ExitStatus.USAGE);
    assertThat(stderr.toString()).contains("CONVICTION_MANDATORY", "TAX_UNPAID_FINAL");
    assertThat(override(FLEMINGSBERG, "TAX_UNPAID_FINAL", "CLEAR"))
        .as(stderr.toString())
        .isEqualTo(ExitStatus.OK);
    assertThat(stdout.toString())
        .contains("Beslutet avser: TAX 184000 SEK 2026-05-12 KFM-A-2026-041277");

    Path unchanged = screen("sample-data/registries", true);
    String[] applied = results(unchanged).get(FLEMINGSBERG);
    assertThat(applied[5]).isEqualTo("CLEAR");
    assertThat(applied[10]).matches("TAX_UNPAID_FINAL:Eva Upphandlare:\\d{4}-\\d{2}-\\d{2}");
    assertThat(results(unchanged).get("554599-5457")[10]).isEmpty();
    assertThat(pdfText(unchanged).replace('\u00a0', ' ').replaceAll("\\s+", " "))
        .contains(
            "Intyg: Flemingsbergs Städservice AB",
            "558161-2586",
            "Skulden är betald enligt Kronofogdens intyg",
            "Avser: skatt 184 000 kr, registrerad 2026-05-12, KFM-A-2026-041277",
            "gäller till 2027-12-31");
    JsonNode manifest = JsonMapper.builder().build().readTree(unchanged.resolve("manifest.json"));
    JsonNode recorded = manifest.get("overrides").get(0);
    assertThat(recorded.get("org_no").asString()).isEqualTo(FLEMINGSBERG);
    assertThat(recorded.get("rule_id").asString()).isEqualTo("TAX_UNPAID_FINAL");
    assertThat(recorded.get("actor").asString()).isEqualTo("Eva Upphandlare");
    assertThat(recorded.get("covers").get(0).asString())
        .isEqualTo("TAX 184000 SEK 2026-05-12 KFM-A-2026-041277");
    try (var workbook = new XSSFWorkbook(unchanged.resolve("report.xlsx").toFile())) {
      Sheet all = workbook.getSheet("Alla parter");
      DataFormatter cells = new DataFormatter();
      int column = all.getRow(0).getLastCellNum() - 1;
      assertThat(cells.formatCellValue(all.getRow(0).getCell(column)))
          .isEqualTo("Handläggarbeslut");
      String decided = "";
      for (Row row : all) {
        if (FLEMINGSBERG.equals(cells.formatCellValue(row.getCell(1)))) {
          decided = cells.formatCellValue(row.getCell(column));
        }
      }
      assertThat(decided)
          .startsWith(
              "Obetalda skatter eller avgifter (lagakraftvunnet beslut) -> Inga anmärkningar")
          .contains("Eva Upphandlare", "2027-12-31", "KFM-A-2026-041277");
    }

    copySampleRegistriesWith(NEW_DEBT);
    Path reopened = screen(registries.toString(), true);
    String[] computed = results(reopened).get(FLEMINGSBERG);
    assertThat(computed[5]).isEqualTo("EXCLUDE");
    assertThat(computed[10]).isEmpty();
    assertThat(computed[9])
        .contains(
            "täcker inte längre: TAX 95000 SEK 2026-11-02 KFM-A-2026-099001", "av Eva Upphandlare");
    assertThat(pdfText(reopened).replace('\u00a0', ' ').replaceAll("\\s+", " "))
        .contains(
            "Intyg: Flemingsbergs Städservice AB",
            "Täcks inte av beslutet: skatt 95 000 kr, registrerad 2026-11-02, KFM-A-2026-099001");
    assertThat(
            JsonMapper.builder()
                .build()
                .readTree(reopened.resolve("manifest.json"))
                .get("overrides")
                .isEmpty())
        .isTrue();
  }

  private void copySampleRegistriesWith(String taxRow) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("sample-data/registries"))) {
      for (Path file : files.toList()) {
        Files.copy(file, registries.resolve(file.getFileName()));
      }
    }
    Path tax = registries.resolve("tax-arrears.csv");
    String existing = Files.readString(tax, StandardCharsets.UTF_8);
    Files.writeString(
        tax,
        (existing.endsWith("\n") ? "" : "\n") + taxRow + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }
}
