package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The person circle is part of the check: a screen without representatives, or a company whose
 * representatives are missing, is never CLEAR. A database of its own (an H2 file, or a PostgreSQL
 * schema), since representatives stay in the register once any test imported them.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/circle-${random.uuid}",
      "vs.test.schema-suffix=_circle"
    })
// its own database, so its context (and connection pool) is closed after it rather than cached
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RepresentativesCircleIntegrationTests {

  @Autowired Cli cli;

  @TempDir Path out;
  @TempDir Path inputs;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int screen(String... options) {
    String[] fixed = {
      "screen",
      "--registries",
      "sample-data/registries",
      "--as-of",
      "2026-11-28",
      "--actor",
      "Eva Upphandlare",
      "--out",
      out.toString()
    };
    String[] args = Stream.of(fixed, options).flatMap(Stream::of).toArray(String[]::new);
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
  }

  private Path onlyRunFolder() throws Exception {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.findFirst().orElseThrow();
    }
  }

  private static Map<String, String[]> resultsByOrgNo(Path folder) throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      List<String[]> all = csv.readAll();
      assertThat(all.get(0))
          .startsWith(
              "procurement_id",
              "org_no",
              "name",
              "role",
              "parent_org_no",
              "decision",
              "rule_ids",
              "clause_ids",
              "contract_ids",
              "findings");
      all.stream().skip(1).forEach(row -> rows.put(row[1], row));
    }
    return rows;
  }

  @Test
  void screenWithoutRepresentativesClearsNobodyAndSaysSoFirst() throws Exception {
    int status = screen("--vendors", "sample-data/lou-vendors.csv");

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    assertThat(stdout.toString().lines().findFirst().orElseThrow())
        .contains("inga företrädare lästes in");
    Path folder = onlyRunFolder();
    Map<String, String[]> rows = resultsByOrgNo(folder);
    String[] fasad = rows.get("554599-5457");
    assertThat(fasad[2]).isEqualTo("Södertörns Fasad och Tak AB");
    assertThat(fasad[5]).isEqualTo("INCOMPLETE");
    assertThat(fasad[6]).isEqualTo("REPRESENTATIVES_MISSING");
    assertThat(fasad[9]).contains("REPRESENTATIVES_MISSING", "Kontrollerade personer: 0");
    assertThat(rows.values()).extracting(row -> row[5]).doesNotContain("CLEAR");
    // the sole trader's owner is the party itself: checked, and excluded for its tax debt
    assertThat(rows.get("920712-****")[5]).isEqualTo("EXCLUDE");
    assertThat(rows.get("920712-****")[9]).contains("Kontrollerade personer: 1");
    try (var pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      PDFTextStripper firstPage = new PDFTextStripper();
      firstPage.setEndPage(1);
      assertThat(firstPage.getText(pdf)).contains("Körningen läste inga företrädare");
    }
  }

  @Test
  void companyWhoseRepresentativesAreMissingIsIncompleteBesideAClearOne() throws Exception {
    Path vendors = inputs.resolve("vendors.csv");
    Files.writeString(
        vendors,
        """
        procurement_id,procurement_type,procurement_title,org_no,name,country,foreign_id,role,parent_org_no,contract_id,contract_status,contract_start,contract_end,annual_value_sek
        KS-2026/900,LOU,Test,555242-9028,Huddinge Bygg & Mark AB,SE,,VENDOR,,AVT-1,ACTIVE,2026-03-01,2028-02-29,800000
        KS-2026/900,LOU,Test,555589-0655,Stensättra Entreprenad AB,SE,,VENDOR,,AVT-2,ACTIVE,2026-03-01,2028-02-29,650000
        """,
        StandardCharsets.UTF_8);
    Path representatives = inputs.resolve("representatives.csv");
    Files.writeString(
        representatives,
        """
        org_no,person_id,name,birth_date,role
        555242-9028,801028-2393,Mikael Olsson,,CEO
        555242-9028,880907-2393,Björn Pettersson,,BOARD
        """,
        StandardCharsets.UTF_8);

    int status =
        screen("--vendors", vendors.toString(), "--representatives", representatives.toString());

    assertThat(status).as(stdout + "\n" + stderr).isEqualTo(ExitStatus.COMPLETED_WITH_PROBLEMS);
    assertThat(stdout.toString()).doesNotContain("inga företrädare lästes in");
    Path folder = onlyRunFolder();
    Map<String, String[]> rows = resultsByOrgNo(folder);
    assertThat(rows.get("555242-9028")[5]).isEqualTo("CLEAR");
    assertThat(rows.get("555242-9028")[9]).isEqualTo("Kontrollerade personer: 2");
    assertThat(rows.get("555589-0655")[5]).isEqualTo("INCOMPLETE");
    assertThat(rows.get("555589-0655")[6]).isEqualTo("REPRESENTATIVES_MISSING");
    try (var workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
      Sheet all = workbook.getSheet("Alla parter");
      DataFormatter cells = new DataFormatter();
      Row header = all.getRow(0);
      int column = 0;
      while (!cells.formatCellValue(header.getCell(column)).equals("Kontrollerade personer")) {
        column++;
      }
      Map<String, String> counts = new LinkedHashMap<>();
      for (int i = 1; i <= all.getLastRowNum(); i++) {
        Row row = all.getRow(i);
        counts.put(
            cells.formatCellValue(row.getCell(1)), cells.formatCellValue(row.getCell(column)));
      }
      assertThat(counts).containsEntry("555242-9028", "2").containsEntry("555589-0655", "0");
    }
    try (var pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      // the report speaks plain Swedish: the reason, not the rule id
      assertThat(text)
          .contains("Stensättra Entreprenad AB", "Ingen i personkretsen är kontrollerad")
          .doesNotContain("REPRESENTATIVES_MISSING");
      assertThat(text).doesNotContain("Körningen läste inga företrädare");
    }
  }
}
