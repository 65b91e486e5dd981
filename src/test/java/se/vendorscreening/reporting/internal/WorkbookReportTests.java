package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.screening.ScreeningResults;

class WorkbookReportTests {

  @TempDir static Path out;

  private static Path swedish;
  private static Path english;

  @BeforeAll
  static void writeReports() {
    swedish = write(SampleRun.screening(Locale.forLanguageTag("sv-SE")), "sv");
    english = write(SampleRun.screening(Locale.ENGLISH), "en");
  }

  @Test
  void namesTheSheetsInSwedishByDefaultAndInEnglishOnRequest() throws IOException {
    assertThat(sheetNames(swedish))
        .containsExactly(
            "Sammanfattning",
            "Flaggade",
            "Alla parter",
            "Fynd",
            "Avtal",
            "Nätverk",
            "Klausuler",
            "Ej kontrollerade",
            "Indata");
    assertThat(sheetNames(english))
        .containsExactly(
            "Summary",
            "Flagged",
            "All parties",
            "Findings",
            "Contracts",
            "Network",
            "Clauses",
            "Not screened",
            "Inputs");
  }

  @Test
  void freezesAndFiltersTheHeaderRowOfEverySheet() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
            .as(sheet.getSheetName())
            .startsWith("A1:");
      }
      Sheet all = workbook.getSheet("Alla parter");
      assertThat(texts(all.getRow(0)))
          .containsExactly(
              "Upphandling",
              "Org.nr",
              "Namn",
              "Roll",
              "Huvudleverantör",
              "Beslut",
              "Beslut enligt reglerna",
              "Skäl",
              "Lagrum",
              "Avtal",
              "Klausuler",
              "Beslut ändrat av",
              "Skäl för ändringen",
              "Ändrat den",
              "Fynd",
              "Kontrollerade personer",
              "Handläggarbeslut");
      assertThat(all.getColumnWidth(2)).isEqualTo(26 * 256);
    }
  }

  @Test
  void writesOneRowPerPartyAndOnlyFlaggedPartiesOnTheFlaggedSheet() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      assertThat(workbook.getSheet("Alla parter").getLastRowNum())
          .isEqualTo(SampleRun.parties().size());
      Sheet flagged = workbook.getSheet("Flaggade");
      assertThat(flagged.getLastRowNum()).isEqualTo(9);
      for (int i = 1; i <= flagged.getLastRowNum(); i++) {
        assertThat(flagged.getRow(i).getCell(5).getStringCellValue())
            .isNotEqualTo("Inga anmärkningar");
      }
      Row sodertorn = rowOf(flagged, "554599-5457");
      assertThat(sodertorn.getCell(5).getStringCellValue()).isEqualTo("Uteslut");
      assertThat(sodertorn.getCell(8).getStringCellValue())
          .isEqualTo(LegalBasis.keptTogether("LOU 13 kap. 1 § första stycket 2"));
      // the clauses by their titles, as the PDF's contract table names them, not by their ids
      assertThat(sodertorn.getCell(10).getStringCellValue())
          .isEqualTo(
              "Koppling till brottslig verksamhet\n"
                  + "Uteslutningsgrund som fanns vid tilldelningen (LOU 17 kap. 17 §)");
      XSSFCellStyle decisionStyle = (XSSFCellStyle) sodertorn.getCell(5).getCellStyle();
      assertThat(decisionStyle.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFF4C7C3");
      // a vendor has no main vendor: the cell is there, styled as its row, but blank
      Cell noParent = sodertorn.getCell(4);
      assertThat(noParent.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(noParent.getCellStyle().getIndex())
          .isEqualTo(sodertorn.getCell(2).getCellStyle().getIndex());
    }
  }

  @Test
  void aFlaggedPartysRowIsTheSameOnTheFlaggedSheetAsOnTheSheetOfAllParties() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Sheet all = workbook.getSheet("Alla parter");
      Sheet flagged = workbook.getSheet("Flaggade");
      int compared = 0;
      for (int i = 1; i <= flagged.getLastRowNum(); i++) {
        Row row = flagged.getRow(i);
        String orgNo = row.getCell(1).getStringCellValue();
        Row same = null;
        for (Row candidate : all) {
          if (candidate.getRowNum() > 0
              && candidate.getCell(0).toString().equals(row.getCell(0).toString())
              && candidate.getCell(1).toString().equals(orgNo)) {
            same = candidate;
          }
        }
        assertThat(same).as(orgNo).isNotNull();
        assertThat(row.getLastCellNum()).as(orgNo).isEqualTo(same.getLastCellNum());
        for (int column = 0; column < row.getLastCellNum(); column++) {
          Cell cell = row.getCell(column);
          Cell other = same.getCell(column);
          assertThat(cell.getCellType())
              .as("%s column %d", orgNo, column)
              .isEqualTo(other.getCellType());
          assertThat(cell.toString()).as("%s column %d", orgNo, column).isEqualTo(other.toString());
          assertThat(cell.getCellStyle().getIndex())
              .as("%s column %d", orgNo, column)
              .isEqualTo(other.getCellStyle().getIndex());
        }
        assertThat(row.getHeight()).as(orgNo).isEqualTo(same.getHeight());
        compared++;
      }
      assertThat(compared).isEqualTo(9);
    }
  }

  @Test
  void writesOneRowPerFinding() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Sheet findings = workbook.getSheet("Fynd");
      long expected = SampleRun.parties().stream().mapToLong(p -> p.findings().size()).sum();
      assertThat(findings.getLastRowNum()).isEqualTo((int) expected);
      Row possibleMatch = rowOf(findings, "553708-7115");
      assertThat(possibleMatch.getCell(3).getStringCellValue()).isEqualTo("Möjlig träff på namn");
      assertThat(possibleMatch.getCell(4).getStringCellValue()).isEqualTo("Granska");
      assertThat(possibleMatch.getCell(14).getStringCellValue()).isEqualTo("910101-****");
      assertThat(possibleMatch.getCell(15).getStringCellValue())
          .isEqualTo("Osäker: endast samma namn");
      assertThat(possibleMatch.getCell(16).getNumericCellValue()).isEqualTo(0.91);
    }
  }

  @Test
  void keepsAFormulaLikeVendorNameAsText() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Cell name = rowOf(workbook.getSheet("Alla parter"), "557346-0838").getCell(2);

      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(SampleRun.FORMULA_NAME);
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  @Test
  void quotesTheClausesAndListsRejectedRowsAndInputs() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Row crimeLink = rowOf(workbook.getSheet("Klausuler"), "Koppling till brottslig verksamhet");
      assertThat(crimeLink.getCell(4).getStringCellValue())
          .contains("Att någon är misstänkt för brott är i sig inte skäl att häva avtalet.");
      assertThat(workbook.getSheet("Ej kontrollerade").getRow(1).getCell(5).getStringCellValue())
          .isEqualTo("Fel kontrollsiffra i organisationsnummer");
      assertThat(workbook.getSheet("Indata").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("9b4e1f0c3d2a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c");
    }
  }

  @Test
  void showsMaskedNumbersAndNoFullPersonalNumberInAnyCell() throws IOException {
    for (Path file : List.of(swedish, english)) {
      String all = String.join("\n", allCells(file));
      assertThat(all).contains("920712-****").contains("910509-****").contains("Åsa Öberg");
      for (String number : SampleRun.FULL_PERSONAL_NUMBERS) {
        assertThat(all).doesNotContain(number);
      }
    }
  }

  @Test
  void rowsAreAsTallAsTheirWrappedTextAndAPrintedPartySheetShowsItsFirstElevenColumns()
      throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Sheet all = workbook.getSheet("Alla parter");
      boolean tallerThanItsUnprintedText = false;
      for (Row row : all) {
        int lines = 1;
        int unprinted = 1;
        for (org.apache.poi.ss.usermodel.Cell cell : row) {
          if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
            continue;
          }
          int needed =
              WorkbookSheet.linesOf(
                  cell.getStringCellValue(), all.getColumnWidth(cell.getColumnIndex()) / 256);
          if (cell.getColumnIndex() >= 11) {
            unprinted = Math.max(unprinted, needed);
          } else {
            lines = Math.max(lines, needed);
          }
        }
        // as tall as the printed columns' text: a party's findings in full (an unprinted column)
        // made a printed row two thirds of a page high, mostly blank
        assertThat(row.getHeightInPoints())
            .as("row %d", row.getRowNum())
            .isGreaterThanOrEqualTo(Math.min(lines, 27) * 15f);
        if (lines > 1) {
          assertThat(row.getHeightInPoints())
              .as("row %d", row.getRowNum())
              .isEqualTo(Math.min(lines, 27) * 15f);
        }
        tallerThanItsUnprintedText |= unprinted > lines;
      }
      assertThat(tallerThanItsUnprintedText)
          .as("a row whose findings are longer than the rest")
          .isTrue();
      assertThat(workbook.getPrintArea(workbook.getSheetIndex("Alla parter")))
          .startsWith("'Alla parter'!$A$1:$K$");
      assertThat(workbook.getPrintArea(workbook.getSheetIndex("Avtal"))).isNull();
      // the longest decision label fits its column on one line
      assertThat(WorkbookSheet.linesOf("Inga anmärkningar", all.getColumnWidth(5) / 256))
          .isEqualTo(1);
    }
  }

  /**
   * The findings sheet prints the party, the finding, its decision, description, evidence, legal
   * basis and source, about as wide as the party sheet's printed columns, so a page fitted to an A4
   * landscape width stays legible; its header row repeats on every page.
   */
  @Test
  void aPrintedFindingsSheetShowsTheFindingInWordsAtAboutThePartySheetsWidth() throws IOException {
    try (XSSFWorkbook workbook = open(swedish)) {
      Sheet findings = workbook.getSheet("Fynd");
      assertThat(workbook.getPrintArea(workbook.getSheetIndex("Fynd"))).startsWith("Fynd!$A$1:$I$");
      assertThat(texts(findings.getRow(0)).subList(0, 9))
          .containsExactly(
              "Upphandling",
              "Org.nr",
              "Part",
              "Fynd",
              "Beslut",
              "Beskrivning",
              "Underlag",
              "Lagrum",
              "Källa");
      assertThat(findings.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      int printed = 0;
      for (int column = 0; column < 9; column++) {
        printed += findings.getColumnWidth(column) / 256;
      }
      int partySheet = 0;
      Sheet all = workbook.getSheet("Alla parter");
      for (int column = 0; column < 11; column++) {
        partySheet += all.getColumnWidth(column) / 256;
      }
      assertThat(printed).isLessThanOrEqualTo(partySheet + 15);
      XSSFCellStyle decision =
          (XSSFCellStyle) rowOf(findings, "553708-7115").getCell(4).getCellStyle();
      assertThat(decision.getFillForegroundXSSFColor()).isNotNull();
      assertThat(decision.getWrapText()).isTrue();
    }
  }

  private static Path write(ScreeningResults results, String folder) {
    var run = results.runs().get(0);
    SampleRun.writer(results).writeRunFolder(run, out.resolve(folder));
    return out.resolve(folder).resolve(run.runId()).resolve("report.xlsx");
  }

  private static List<String> sheetNames(Path file) throws IOException {
    try (XSSFWorkbook workbook = open(file)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      return names;
    }
  }

  private static List<String> allCells(Path file) throws IOException {
    DataFormatter formatter = new DataFormatter();
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = open(file)) {
      for (Sheet sheet : workbook) {
        cells.add(sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(formatter.formatCellValue(cell));
          }
        }
      }
    }
    return cells;
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (var in = java.nio.file.Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static Row rowOf(Sheet sheet, String value) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(value)) {
          return row;
        }
      }
    }
    throw new AssertionError("No row with " + value + " on " + sheet.getSheetName());
  }
}
