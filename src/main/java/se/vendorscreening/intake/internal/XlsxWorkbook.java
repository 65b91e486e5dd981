package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;

/**
 * An XLSX workbook opened read-only for streaming. POI's zip-bomb check (ZipSecureFile's inflate
 * ratio and entry size limits) stays on, and every XML part is parsed without DTDs or external
 * entities.
 */
final class XlsxWorkbook implements AutoCloseable {

  private final String displayName;
  private final OPCPackage pack;
  private final XSSFReader reader;

  private XlsxWorkbook(String displayName, OPCPackage pack, XSSFReader reader) {
    this.displayName = displayName;
    this.pack = pack;
    this.reader = reader;
  }

  static XlsxWorkbook open(Path path, String displayName) {
    OPCPackage pack = null;
    try {
      pack = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pack);
      reader.setUseReadOnlySharedStringsTable(true);
      return new XlsxWorkbook(displayName, pack, reader);
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      if (pack != null) {
        pack.revert();
      }
      throw unreadable(displayName, e);
    }
  }

  /** Turns what POI throws into why the file cannot be read. */
  static UnreadableFileException unreadable(String displayName, Throwable e) {
    if (e instanceof UnreadableFileException unreadable) {
      return unreadable;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotOfficeXmlFileException
          || String.valueOf(cause.getMessage()).contains("content type part")) {
        return new UnreadableFileException(displayName, e, "unreadable.notWorkbook");
      }
      String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")) {
        return new UnreadableFileException(displayName, e, "unreadable.zipBomb");
      }
      if (message.contains("doctype") || message.contains("entity")) {
        return new UnreadableFileException(displayName, e, "unreadable.externalEntities");
      }
    }
    return new UnreadableFileException(displayName, e, "unreadable.badXlsx");
  }

  List<String> sheetNames() {
    try {
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        sheets.next().close();
        names.add(sheets.getSheetName());
      }
      return names;
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw unreadable(displayName, e);
    }
  }

  InputStream sheet(String name) {
    try {
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        InputStream sheet = sheets.next();
        if (sheets.getSheetName().equals(name)) {
          return sheet;
        }
        sheet.close();
      }
      throw new UnreadableFileException(displayName, "unreadable.noSheet", name);
    } catch (IOException | OpenXML4JException e) {
      throw unreadable(displayName, e);
    }
  }

  SharedStrings sharedStrings() {
    try {
      return reader.getSharedStringsTable();
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw unreadable(displayName, e);
    }
  }

  StylesTable styles() {
    try {
      return reader.getStylesTable();
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      throw unreadable(displayName, e);
    }
  }

  @Override
  public void close() {
    pack.revert();
  }
}
