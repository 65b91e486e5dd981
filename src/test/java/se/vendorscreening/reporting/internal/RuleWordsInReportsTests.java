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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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

/**
 * A run of the sample procurement made to fire the rules added last, as an officer reads it: with
 * the ownership file (SANCTIONED_OWNERSHIP), the person signals on and one person on the boards of
 * five tenderers (SHARED_PERSONS, FRONT_PERSON), a vendor whose representatives are left out
 * (REPRESENTATIVES_MISSING) and a foreign board member named by surname with a convicted person's
 * birth date (POSSIBLE_MATCH on name and birth date). No rule id of the catalogue, nor its id put
 * in lower case, is user text in the Swedish PDF, hearing letters, workbook or console.
 */
@SpringBootTest(
    properties = {
      "screening.graph.person-signals=true",
      "screening.data-dir=target/test-data/rulewords-${random.uuid}",
      "vs.test.schema-suffix=_rulewords"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleWordsInReportsTests {

  /**
   * Mikael Olsson, CEO of Huddinge Bygg & Mark AB, put on five more tenderers' boards: six parties,
   * more than the front-person limit of five.
   */
  private static final List<String> MORE_BOARDS =
      List.of("555589-0655", "552755-1393", "553447-8523", "556938-2160", "554756-4699");

  /** The vendor whose representatives are left out. */
  private static final String WITHOUT_REPRESENTATIVES = "555007-5898";

  @Autowired Cli cli;

  @TempDir static Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();
  private Path folder;
  private List<String[]> results;

  @BeforeAll
  void screenTheSampleSoThatTheNewRulesFire() throws Exception {
    Path representatives = out.resolve("representatives.csv");
    List<String> lines =
        Files.readAllLines(Path.of("sample-data/lou-representatives.csv")).stream()
            .filter(line -> !line.startsWith(WITHOUT_REPRESENTATIVES + ","))
            .collect(Collectors.toCollection(ArrayList::new));
    MORE_BOARDS.forEach(org -> lines.add(org + ",801028-2393,Mikael Olsson,,BOARD"));
    lines.add("DE:DE287654321,,Nowak,1980-02-29,BOARD");
    Files.write(representatives, lines);
    Path runs = Files.createDirectory(out.resolve("runs"));

    int status =
        cli.execute(
            new PrintWriter(stdout),
            new PrintWriter(stderr),
            "screen",
            "--vendors",
            "sample-data/lou-vendors.csv",
            "--representatives",
            representatives.toString(),
            "--owners",
            "sample-data/owners.csv",
            "--registries",
            "sample-data/registries",
            "--as-of",
            "2026-11-28",
            "--actor",
            "Eva Upphandlare",
            "--out",
            runs.toString());

    assertThat(status).as(stdout + "\n" + stderr).isIn(0, 2);
    try (Stream<Path> folders = Files.list(runs)) {
      folder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    try (Reader reader = Files.newBufferedReader(folder.resolve("results.csv"));
        CSVReader csv = new CSVReader(reader)) {
      results = csv.readAll().stream().skip(1).toList();
    }
  }

  @Test
  void theRunFiresTheRulesAddedLast() {
    String ruleIds = results.stream().map(row -> row[6]).collect(Collectors.joining("|"));
    assertThat(ruleIds)
        .contains(
            "SANCTIONED_OWNERSHIP",
            "SHARED_PERSONS",
            "FRONT_PERSON",
            "REPRESENTATIVES_MISSING",
            "POSSIBLE_MATCH");
    assertThat(results)
        .anySatisfy(
            row -> {
              assertThat(row[1]).isEqualTo("DE:DE287654321");
              assertThat(row[6]).contains("POSSIBLE_MATCH");
              assertThat(row[9]).contains("Nowak");
            });
  }

  @Test
  void noRuleIdIsUserTextInTheSwedishPdfsOrHearingLetters() throws Exception {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path pdf : files.filter(file -> file.toString().endsWith(".pdf")).toList()) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
          text.append(new PDFTextStripper().getText(document));
        }
      }
    }
    String pdfs = text.toString();

    assertThat(ruleIdsIn(pdfs)).isEmpty();
    assertThat(SampleReportsTests.codesIn(pdfs)).isEmpty();
    assertThat(pdfs.replace('\u00a0', ' ').replaceAll("\\s+", " "))
        .contains("Ägaren Volga Invest OOO")
        .contains("från Ryssland äger direkt eller indirekt 54 % av företaget")
        .contains("(vd) finns också i personkretsen hos 5 andra anbudsgivare i samma upphandling")
        .contains("personen kan vara en målvakt")
        .contains("En person med liknande namn och födelsedatum")
        .contains("Ingen av de personer som ska kontrolleras för Sjödalens Låssmed AB");
  }

  /**
   * Myrstuguberget Kakel & Klinker AB (AVT-2026-119), owned 54 % from Russia through the ownership
   * file, is excluded under the sanctions regulation: its certificate, its contract row and its
   * party row name the sanctions clause, and the appendix quotes the clause's text.
   */
  @Test
  void anExclusionForSanctionedOwnershipInvokesTheSanctionsClauseInThePdfAndWorkbook()
      throws Exception {
    String[] row =
        results.stream().filter(r -> r[1].equals("559229-0083")).findFirst().orElseThrow();
    assertThat(row[5]).isEqualTo("EXCLUDE");
    assertThat(row[6]).contains("SANCTIONED_OWNERSHIP");
    assertThat(row[7]).contains("SANCTIONS");
    String sanctions =
        "SANCTIONS – Sanktioner mot Ryssland (rådets förordning (EU) nr 833/2014 art. 5k)";

    String pdf;
    try (PDDocument document = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      pdf = oneLine(new PDFTextStripper().getText(document));
    }
    int certificate = pdf.indexOf("Intyg: Myrstuguberget Kakel & Klinker AB");
    assertThat(certificate).isNotNegative();
    int next = pdf.indexOf("Intyg: ", certificate + 1);
    String own = pdf.substring(certificate, next < 0 ? pdf.length() : next);
    assertThat(own)
        .contains("Hävningsklausuler som gäller för partens avtal")
        .contains(sanctions.substring("SANCTIONS – ".length()))
        .doesNotContain("SANCTIONS")
        .contains("AVT-2026-119");
    String appendix = pdf.substring(pdf.indexOf("Bilaga A."));
    assertThat(appendix)
        .contains(sanctions)
        .contains(
            "Det är förbjudet att tilldela eller fortsätta att fullgöra ett offentligt kontrakt")
        .contains("till mer än 50 procent direkt eller indirekt ägs");

    try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
      // the workbook names the clause by its title, as the PDF's contract table does
      String title = sanctions.substring("SANCTIONS – ".length());
      assertThat(cellsOfRowNaming(workbook.getSheet("Avtal"), "AVT-2026-119"))
          .anySatisfy(cell -> assertThat(cell).contains(title))
          .noneSatisfy(cell -> assertThat(cell).contains("SANCTIONS"));
      assertThat(cellsOfRowNaming(workbook.getSheet("Alla parter"), "559229-0083"))
          .anySatisfy(cell -> assertThat(cell).contains(title))
          .noneSatisfy(cell -> assertThat(cell).contains("SANCTIONS"));
      assertThat(cellsOfRowNaming(workbook.getSheet("Klausuler"), "SANCTIONS"))
          .anySatisfy(cell -> assertThat(cell).contains("Ägare i ett land under EU:s sanktioner"))
          .anySatisfy(cell -> assertThat(cell).startsWith("Det är förbjudet att tilldela"));
    }
  }

  private static String oneLine(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }

  /** The string cells of the first row of the sheet with a cell equal to {@code value}. */
  private static List<String> cellsOfRowNaming(Sheet sheet, String value) {
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          cells.add(cell.getStringCellValue());
        }
      }
      if (cells.contains(value)) {
        return cells;
      }
    }
    throw new AssertionError("No row of " + sheet.getSheetName() + " names " + value);
  }

  @Test
  void noRuleIdIsUserTextInTheSwedishWorkbook() throws Exception {
    String text = SampleReportsTests.stringCells(folder.resolve("report.xlsx"));
    assertThat(ruleIdsIn(text)).isEmpty();
    assertThat(SampleReportsTests.codesIn(text)).isEmpty();
  }

  @Test
  void noRuleIdIsUserTextOnTheSwedishConsole() {
    assertThat(ruleIdsIn(stdout.toString())).isEmpty();
    assertThat(SampleReportsTests.codesIn(stdout.toString())).isEmpty();
  }

  static List<String> ruleIdsIn(String text) {
    return ForbiddenCodes.ruleIdsIn(text);
  }
}
