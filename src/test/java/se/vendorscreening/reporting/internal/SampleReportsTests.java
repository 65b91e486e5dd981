package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.ForbiddenCodes;
import se.vendorscreening.cli.Cli;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of the sample procurement (sample-data/, screened once through the command line), as
 * an officer and an auditor read them: PDF/A-2b, nothing split by an inserted hyphen, no codes in
 * the Swedish texts, every party on the first pages, a typed and printable workbook, and a hearing
 * letter per excluded or reviewed party. A database of its own: the sample is screened with its
 * sworn statements, and statements on record count for the same parties in every later run, so they
 * must not reach the tests that screen the sample without them.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/sample-reports-${random.uuid}",
      "vs.test.schema-suffix=_sample_reports"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleReportsTests {

  @Autowired Cli cli;

  @TempDir static Path out;

  private Path folder;
  private String pdfText;
  private List<String[]> results;

  @BeforeAll
  void screenTheSample() throws Exception {
    StringWriter stdout = new StringWriter();
    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stdout),
            "screen",
            "--vendors",
            "sample-data/lou-vendors.csv",
            "--representatives",
            "sample-data/lou-representatives.csv",
            "--statements",
            "sample-data/lou-sanningsforsakran.csv",
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--actor",
            "Eva Upphandlare",
            "--out",
            out.toString());
    assertThat(status).as(stdout.toString()).isIn(0, 2);
    try (Stream<Path> folders = Files.list(out)) {
      folder = folders.findFirst().orElseThrow();
    }
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      pdfText = new PDFTextStripper().getText(pdf);
    }
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      results = csv.readAll().stream().skip(1).toList();
    }
  }

  @Test
  void reportPdfIsPdfA2bWithoutAFailedRule() throws Exception {
    assertThat(PerPartyDocumentsPdfATests.failedRules(folder.resolve("report.pdf"))).isEmpty();
  }

  @Test
  void noIdentifierHashFileNameOrLegalReferenceIsSplitByAnInsertedHyphen() throws Exception {
    String joined = withoutWhitespace(pdfText);
    List<String> whole = new ArrayList<>();
    for (String[] row : results) {
      whole.add(PdfReportWriter.maskedNumber(row[1]));
    }
    // the hashes of what the run read, as the appendix lists them, and the rules version
    JsonNode manifest =
        JsonMapper.builder().build().readTree(folder.resolve("manifest.json").toFile());
    manifest.get("inputs").forEach(input -> whole.add(input.get("sha256").asString()));
    manifest
        .get("registries")
        .get("sources")
        .forEach(source -> whole.add(source.get("sha256").asString()));
    whole.add(manifest.get("rules_version").asString());
    assertThat(whole).hasSizeGreaterThan(27 + 5);
    whole.addAll(
        List.of(
            "tax-arrears.csv",
            "convictions.csv",
            "financial-standing.csv",
            "organised-crime-assessments.csv",
            "lou-vendors.csv",
            "LOU 13 kap. 1 § första stycket 2",
            "LOU 13 kap. 2 § första stycket",
            "LOU 13 kap. 3 § första stycket 2",
            "KFM-A-2026-041277",
            "B 4412-22",
            "9 500 000 kr",
            // the longest ESPD codes: a false declaration's, and a foreign vendor's missing
            // evidence
            "(CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.MISINTERPRETATION)",
            "(CRITERION.EXCLUSION.CONVICTIONS.PARTICIPATION_IN_CRIMINAL_ORGANISATION)"));

    assertThat(whole).allSatisfy(token -> assertThat(joined).contains(withoutWhitespace(token)));
    // an inserted hyphen shows as a letter or digit, a hyphen and a line break, then a letter or
    // digit
    assertThat(pdfText).doesNotContainPattern("[\\p{L}\\d]-\\R[\\p{Ll}\\d]");
    // an ESPD code too long for its cell breaks between its parts (after a dot or underscore),
    // never inside one
    Matcher codes = Pattern.compile("CRITERION\\.EXCLUSION[A-Z_.\\-\\r\\n]*").matcher(pdfText);
    List<String> broken = new ArrayList<>();
    while (codes.find()) {
      if (codes.group().strip().matches("(?s).*\\R.*")) {
        broken.add(codes.group().strip());
      }
    }
    assertThat(broken).as("codes broken across lines").isNotEmpty();
    assertThat(broken).allSatisfy(code -> assertThat(code).doesNotContainPattern("[^._]\\R"));
  }

  @Test
  void swedishPdfNamesNoRuleOffenceOrDebtCode() {
    assertThat(codesIn(pdfText)).isEmpty();
  }

  @Test
  void swedishWorkbookNamesNoRuleOffenceOrDebtCode() throws Exception {
    assertThat(codesIn(stringCells(folder.resolve("report.xlsx")))).isEmpty();
  }

  /** The text of every string cell of every sheet of the workbook, a line each. */
  static String stringCells(Path xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              text.append(cell.getStringCellValue()).append('\n');
            }
          }
        }
      }
    }
    return text.toString();
  }

  @Test
  void everyPartyOfTheSampleIsOnTheFirstPagesWithItsDecision() throws Exception {
    String firstPages;
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setEndPage(3);
      firstPages = stripper.getText(pdf);
    }
    String joined = withoutWhitespace(firstPages);

    assertThat(results).hasSize(27);
    assertThat(results)
        .allSatisfy(
            row -> {
              assertThat(joined).contains(withoutWhitespace(row[2]));
              assertThat(joined).contains(withoutWhitespace(PdfReportWriter.maskedNumber(row[1])));
            });
    assertThat(firstPages)
        .contains("KS-2026/317", "Bygg- och fastighetsservice Huddinge 2026", "Eva Upphandlare")
        .contains("Uteslut", "Granska", "Inga anmärkningar")
        .contains("22 anbudsgivare och 5 underleverantörer");
    assertThat(withoutWhitespace(firstPages))
        .contains(withoutWhitespace("Ett företag med samma namn är dömt för bedrägeri"));
  }

  @Test
  void everyPartyHasACertificateThatSaysWhatEachRegistryShowed() {
    String joined = withoutWhitespace(pdfText);
    for (String[] row : results) {
      assertThat(joined).contains(withoutWhitespace("Intyg: " + row[2]));
    }
    assertThat(pdfText)
        .contains("Skatteskulder och andra skulder hos Kronofogden: inga")
        .contains("F-skatt: ja")
        .contains("Kontrollerade företrädare");
  }

  @Test
  void writesAHearingLetterForEachExcludedOrReviewedPartyListedInTheManifest() throws Exception {
    long heard =
        results.stream().filter(row -> row[5].equals("EXCLUDE") || row[5].equals("REVIEW")).count();
    List<Path> letters;
    try (Stream<Path> files = Files.list(folder)) {
      letters =
          files.filter(file -> file.getFileName().toString().contains("kommunicering")).toList();
    }
    String manifest = Files.readString(folder.resolve("manifest.json"));

    assertThat(letters).hasSize((int) heard);
    assertThat(letters)
        .allSatisfy(letter -> assertThat(manifest).contains(letter.getFileName().toString()));
    Path letter =
        letters.stream()
            .filter(file -> file.getFileName().toString().endsWith("554599-5457.pdf"))
            .findFirst()
            .orElseThrow();
    try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
      String text = withoutWhitespace(new PDFTextStripper().getText(pdf));
      assertThat(text)
          .contains(withoutWhitespace("Kommunicering inför beslut om uteslutning"))
          .contains(withoutWhitespace("LOU 13 kap. 4 §"))
          .contains(withoutWhitespace("LOU 13 kap. 5 §"))
          .contains(withoutWhitespace("Lars Ström (vd) är dömd för mutbrott eller bestickning"))
          .contains(withoutWhitespace("LOU 13 kap. 1 § första stycket 2"))
          .contains(withoutWhitespace("Svara senast"));
    }
  }

  @Test
  void workbookHasDateAndNumberCellsAContractsSheetAndPrintsLandscapeFittedToWidth()
      throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
      Sheet contracts = workbook.getSheet("Avtal");
      assertThat(contracts).isNotNull();
      Row header = contracts.getRow(0);
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Avtal");
      Row first = null;
      for (Row row : contracts) {
        if (row.getRowNum() > 0 && "AVT-2026-102".equals(row.getCell(3).getStringCellValue())) {
          first = row;
        }
      }
      assertThat(first).isNotNull();
      Cell start = first.getCell(5);
      assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
      assertThat(start.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-03-01");
      assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(2_500_000d);
      assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Uteslut");
      assertThat(first.getCell(9).getStringCellValue())
          .contains("Uteslutningsgrund som fanns vid tilldelningen (LOU 17 kap. 17 §)")
          .doesNotContain("STATUTORY_17_17");

      Cell asOf = null;
      for (Row row : workbook.getSheet("Sammanfattning")) {
        if ("Kontrolldatum".equals(row.getCell(0).getStringCellValue())) {
          asOf = row.getCell(1);
        }
      }
      assertThat(asOf).isNotNull();
      assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();

      for (Sheet sheet : workbook) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
        assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      }
    }
  }

  static List<String> codesIn(String shown) {
    return ForbiddenCodes.codesIn(shown);
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("[\\s\\u00a0]+", "");
  }
}
