package se.vendorscreening.reporting.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One sheet of the streaming workbook: a frozen, filtered header row and data rows appended below,
 * printed landscape and fitted to the width. Text is written as a string cell, so text from input
 * such as {@code =HYPERLINK(...)} is never a formula; numbers, amounts and dates that we computed
 * are numeric and date cells.
 */
final class WorkbookSheet {

  /** Excel's limit on the characters of one cell. */
  private static final int MAX_CELL_LENGTH = 32_767;

  private final SXSSFSheet sheet;
  private final WorkbookStyles styles;
  private final int columns;
  private int nextRow;

  WorkbookSheet(SXSSFSheet sheet, WorkbookStyles styles, String[] header, int[] widthsInChars) {
    this.sheet = sheet;
    this.styles = styles;
    this.columns = header.length;
    for (int i = 0; i < widthsInChars.length; i++) {
      sheet.setColumnWidth(i, Math.min(255, widthsInChars[i]) * 256);
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < header.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(header[i]);
      cell.setCellStyle(styles.header());
    }
    sheet.createFreezePane(0, 1);
    printSetup(sheet);
  }

  /** Landscape A4, fitted to the page width, the header row repeated on every printed page. */
  private static void printSetup(SXSSFSheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }

  /** Appends a row; {@code Number} values become numeric cells, everything else text. */
  Row append(CellStyle rowStyle, Object... values) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.length; i++) {
      Cell cell = row.createCell(i);
      Object value = values[i];
      CellStyle typed = null;
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
        if (value instanceof java.math.BigDecimal) {
          typed = styles.amount();
        }
      } else if (value instanceof LocalDate date) {
        cell.setCellValue(date);
        typed = styles.date();
      } else if (value instanceof LocalDateTime dateTime) {
        cell.setCellValue(dateTime);
        typed = styles.dateTime();
      } else {
        String text = text(value);
        // an empty cell stays blank (styled, without a value): an empty inline string is some
        // forty bytes of XML, and most cells of a clear party's row are empty
        if (!text.isEmpty()) {
          cell.setCellValue(text);
        }
      }
      if (typed != null) {
        cell.setCellStyle(typed);
      } else if (rowStyle != null) {
        cell.setCellStyle(rowStyle);
      } else {
        cell.setCellStyle(styles.wrapped());
      }
    }
    return row;
  }

  /** Sets one cell's style, e.g. the decision's colour. */
  void style(Row row, int column, CellStyle style) {
    row.getCell(column).setCellStyle(style);
  }

  /** Adds the filter over the header and every row written. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    String text = PersonalNumbers.mask(value.toString());
    return text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH - 1) + "…" : text;
  }
}
