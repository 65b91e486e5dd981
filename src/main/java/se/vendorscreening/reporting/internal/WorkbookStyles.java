package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import se.vendorscreening.shared.Decision;

/** The few cell styles of the workbook, created once (a workbook holds at most 64,000). */
final class WorkbookStyles {

  private final CellStyle header;
  private final CellStyle wrapped;
  private final CellStyle date;
  private final CellStyle dateTime;
  private final CellStyle amount;
  private final Map<Decision, CellStyle> decisions = new EnumMap<>(Decision.class);

  WorkbookStyles(SXSSFWorkbook workbook) {
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = filled(workbook, PdfFlow.HEADER_FILL);
    header.setFont(bold);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);
    wrapped = workbook.createCellStyle();
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped.setWrapText(true);
    date = formatted(workbook, "yyyy-mm-dd");
    dateTime = formatted(workbook, "yyyy-mm-dd hh:mm:ss");
    amount = formatted(workbook, "#,##0");
    for (Decision decision : Decision.values()) {
      CellStyle style = filled(workbook, DecisionColours.fill(decision));
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setWrapText(true);
      decisions.put(decision, style);
    }
  }

  private static CellStyle filled(SXSSFWorkbook workbook, Color colour) {
    XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
    style.setFillForegroundColor(
        new XSSFColor(
            new byte[] {
              (byte) colour.getRed(), (byte) colour.getGreen(), (byte) colour.getBlue()
            }));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    return style;
  }

  private static CellStyle formatted(SXSSFWorkbook workbook, String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }

  CellStyle date() {
    return date;
  }

  CellStyle dateTime() {
    return dateTime;
  }

  CellStyle amount() {
    return amount;
  }

  CellStyle header() {
    return header;
  }

  CellStyle wrapped() {
    return wrapped;
  }

  CellStyle decision(Decision decision) {
    return decisions.get(decision);
  }
}
