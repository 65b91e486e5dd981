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

  /** The height of one line of text in the workbook's default font (Calibri 11), in points. */
  private static final float LINE_HEIGHT = 15f;

  /** Excel's limit on a row's height, in lines of {@link #LINE_HEIGHT}. */
  private static final int MAX_LINES = 27;

  private final SXSSFSheet sheet;
  private final WorkbookStyles styles;
  private final int columns;
  private final int[] widths;
  private final int printedColumns;
  private int nextRow;

  WorkbookSheet(SXSSFSheet sheet, WorkbookStyles styles, String[] header, int[] widthsInChars) {
    this(sheet, styles, header, widthsInChars, header.length);
  }

  /**
   * @param printedColumns how many columns, from the first, a printed page shows (the rest are long
   *     texts another sheet prints in full), so a page fitted to the width stays legible
   */
  WorkbookSheet(
      SXSSFSheet sheet,
      WorkbookStyles styles,
      String[] header,
      int[] widthsInChars,
      int printedColumns) {
    this.sheet = sheet;
    this.styles = styles;
    this.columns = header.length;
    this.widths = widthsInChars.clone();
    this.printedColumns = Math.min(printedColumns, header.length);
    for (int i = 0; i < widthsInChars.length; i++) {
      sheet.setColumnWidth(i, Math.min(255, widthsInChars[i]) * 256);
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < header.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(header[i]);
      cell.setCellStyle(styles.header());
    }
    fitHeight(row, (Object[]) header);
    sheet.createFreezePane(0, 1);
    printSetup(sheet);
  }

  /**
   * Sets the row as tall as its longest wrapped text in the printed columns needs: LibreOffice (and
   * Excel until the row is edited) keeps a row one line high when the file does not say otherwise,
   * so wrapped lines were drawn over the next row. The columns left out of the print (a party's
   * findings in full, its overrides) do not count: a party with thirteen findings printed as a row
   * two thirds of a page high, mostly blank; on screen such a cell shows its first lines and the
   * rest in the cell's editor.
   */
  private void fitHeight(Row row, Object... values) {
    int lines = 1;
    for (int i = 0; i < values.length && i < widths.length && i < printedColumns; i++) {
      if (values[i] instanceof String || values[i] instanceof CharSequence) {
        lines = Math.max(lines, linesOf(values[i].toString(), widths[i]));
      }
    }
    if (lines > 1) {
      row.setHeightInPoints(Math.min(lines, MAX_LINES) * LINE_HEIGHT);
    }
  }

  /** The lines a text takes in a column of this width, counted in the widths of a digit. */
  static int linesOf(String text, int widthInChars) {
    int perLine = Math.max(1, widthInChars - 1);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
    }
    return lines;
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
    Object[] texts = new Object[values.length];
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
        texts[i] = text;
      }
      if (typed != null) {
        cell.setCellStyle(typed);
      } else if (rowStyle != null) {
        cell.setCellStyle(rowStyle);
      } else {
        cell.setCellStyle(styles.wrapped());
      }
    }
    fitHeight(row, texts);
    return row;
  }

  /** Sets one cell's style, e.g. the decision's colour. */
  void style(Row row, int column, CellStyle style) {
    row.getCell(column).setCellStyle(style);
  }

  /** Adds the filter over the header and every row written. */
  void finish() {
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
    if (printedColumns < columns) {
      sheet
          .getWorkbook()
          .setPrintArea(
              sheet.getWorkbook().getSheetIndex(sheet),
              0,
              printedColumns - 1,
              0,
              Math.max(0, nextRow - 1));
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    String text = PersonalNumbers.mask(value.toString());
    return text.length() > MAX_CELL_LENGTH ? text.substring(0, MAX_CELL_LENGTH - 1) + "…" : text;
  }
}
