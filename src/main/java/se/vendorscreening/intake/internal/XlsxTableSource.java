package se.vendorscreening.intake.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Streams the rows of one worksheet with StAX, so a large sheet is never held in memory. Numbers
 * come out as plain digits (an organisation number typed as a number stays {@code 5566778899}),
 * date-formatted cells as {@code YYYY-MM-DD}.
 */
final class XlsxTableSource implements TableSource {

  private final String displayName;
  private final XlsxWorkbook workbook;
  private final SharedStrings sharedStrings;
  private final StylesTable styles;
  private final InputStream sheet;
  private final XMLStreamReader xml;
  private final int maxFieldLength;

  private XlsxTableSource(
      String displayName,
      XlsxWorkbook workbook,
      InputStream sheet,
      XMLStreamReader xml,
      int maxFieldLength) {
    this.displayName = displayName;
    this.workbook = workbook;
    this.sharedStrings = workbook.sharedStrings();
    this.styles = workbook.styles();
    this.sheet = sheet;
    this.xml = xml;
    this.maxFieldLength = maxFieldLength;
  }

  static XlsxTableSource open(Path path, String sheetName, String displayName, int maxFieldLength) {
    XlsxWorkbook workbook = XlsxWorkbook.open(path, displayName);
    try {
      InputStream sheet = workbook.sheet(sheetName);
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
      return new XlsxTableSource(displayName, workbook, sheet, xml, maxFieldLength);
    } catch (XMLStreamException | RuntimeException e) {
      workbook.close();
      throw XlsxWorkbook.unreadable(displayName, e);
    }
  }

  @Override
  public TableRow next() {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          return readRow();
        }
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      throw XlsxWorkbook.unreadable(displayName, e);
    }
  }

  private TableRow readRow() throws XMLStreamException {
    String rowNumber = xml.getAttributeValue(null, "r");
    List<String> cells = new ArrayList<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String reference = xml.getAttributeValue(null, "r");
        int column = reference == null ? cells.size() : columnIndex(reference);
        String value = readCell();
        while (cells.size() < column) {
          cells.add("");
        }
        if (column < cells.size()) {
          cells.set(column, value);
        } else {
          cells.add(value);
        }
      }
    }
    long line = rowNumber == null ? -1 : Long.parseLong(rowNumber);
    return new TableRow(line, cells);
  }

  private String readCell() throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    StringBuilder value = new StringBuilder();
    StringBuilder inline = new StringBuilder();
    String element = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        element = xml.getLocalName();
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        StringBuilder target = "v".equals(element) ? value : "t".equals(element) ? inline : null;
        if (target != null && target.length() <= maxFieldLength) {
          // a longer value rejects its row; what lies beyond the limit is not kept in memory
          String text = xml.getText();
          target.append(text, 0, Math.min(text.length(), maxFieldLength + 1 - target.length()));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("c")) {
          break;
        }
        element = null;
      }
    }
    return format(type, style, value.toString(), inline.toString());
  }

  private String format(String type, String style, String value, String inline) {
    if ("inlineStr".equals(type)) {
      return inline;
    }
    if ("s".equals(type)) {
      return value.isEmpty()
          ? ""
          : sharedStrings.getItemAt(Integer.parseInt(value.strip())).getString();
    }
    if ("b".equals(type)) {
      return "1".equals(value) ? "TRUE" : "FALSE";
    }
    if ("d".equals(type)) {
      return value.length() >= 10 ? value.substring(0, 10) : value;
    }
    if ((type == null || "n".equals(type)) && !value.isBlank()) {
      return formatNumber(style, value.strip());
    }
    return value;
  }

  private String formatNumber(String style, String value) {
    if (style != null && styles != null) {
      XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
      if (cellStyle != null
          && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())) {
        return DateUtil.getLocalDateTime(Double.parseDouble(value)).toLocalDate().toString();
      }
    }
    try {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  static int columnIndex(String reference) {
    int index = 0;
    for (char c : reference.toCharArray()) {
      if (c < 'A' || c > 'Z') {
        break;
      }
      index = index * 26 + (c - 'A' + 1);
    }
    return index - 1;
  }

  @Override
  public void close() {
    try {
      xml.close();
      sheet.close();
    } catch (Exception e) {
      // Closing a read-only stream cannot lose data.
    } finally {
      workbook.close();
    }
  }
}
