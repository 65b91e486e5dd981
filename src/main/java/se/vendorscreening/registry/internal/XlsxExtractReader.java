package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX registry extract; dates come out as {@code YYYY-MM-DD} and
 * numbers as Excel shows them. POI's own limits refuse zip bombs.
 */
final class XlsxExtractReader {

  private final String check;
  private final Path file;

  XlsxExtractReader(String check, Path file) {
    this.check = check;
    this.file = file;
  }

  void read(List<String> requiredColumns, Consumer<ExtractRow> rows) throws IOException {
    DataFormatter formatter = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row headerRow = sheet.getRow(sheet.getFirstRowNum());
      String[] header = headerRow == null ? null : cellsOf(headerRow, formatter);
      Map<String, Integer> columns = ExtractReader.columnsOf(check, file, header, requiredColumns);
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row != null) {
          ExtractRow extractRow = new ExtractRow(columns, cellsOf(row, formatter), r + 1L);
          if (!extractRow.isBlank()) {
            rows.accept(extractRow);
          }
        }
      }
    }
  }

  private static String[] cellsOf(Row row, DataFormatter formatter) {
    int last = Math.max(row.getLastCellNum(), 0);
    String[] cells = new String[last];
    for (int c = 0; c < last; c++) {
      Cell cell = row.getCell(c);
      cells[c] = cell == null ? null : textOf(cell, formatter);
    }
    return cells;
  }

  private static String textOf(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      // Whole numbers as digits: "General" would show a 12-digit identity number as 1.99105E+11.
      double value = cell.getNumericCellValue();
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
    }
    if (cell.getCellType() == CellType.BOOLEAN) {
      return Boolean.toString(cell.getBooleanCellValue());
    }
    return formatter.formatCellValue(cell);
  }
}
