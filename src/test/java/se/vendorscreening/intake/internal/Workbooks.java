package se.vendorscreening.intake.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks for tests: each sheet a name and rows of cells (String, Number,
 * LocalDate).
 */
final class Workbooks {

  private Workbooks() {}

  record SheetData(String name, Object[][] rows) {}

  static SheetData sheet(String name, Object[]... rows) {
    return new SheetData(name, rows);
  }

  static Path write(Path file, SheetData... sheets) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (SheetData data : sheets) {
        Sheet sheet = workbook.createSheet(data.name());
        for (int r = 0; r < data.rows().length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < data.rows()[r].length; c++) {
            Object value = data.rows()[r][c];
            if (value instanceof String text) {
              row.createCell(c).setCellValue(text);
            } else if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate day) {
              var cell = row.createCell(c);
              cell.setCellValue(day);
              cell.setCellStyle(date);
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }
}
