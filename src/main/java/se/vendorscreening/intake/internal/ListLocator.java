package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the vendor list and the representatives: a CSV file, or in a workbook the sheet named
 * {@code vendors}/{@code leverantörer} (else the first sheet) and {@code representatives}/{@code
 * företrädare}; representatives from their own file when one is given.
 */
final class ListLocator {

  private ListLocator() {}

  static ListLocation vendors(Path path) {
    return locate(path, ListKind.VENDORS, path.toString(), true).orElseThrow();
  }

  /** A statements file: a CSV file, or the statements sheet of a workbook (else its first). */
  static ListLocation statements(Path path) {
    return locate(path, ListKind.STATEMENTS, path.toString(), true).orElseThrow();
  }

  /**
   * The representatives: the given file, else the representatives sheet of the vendor list's book.
   *
   * @param vendorList where the vendor list was found ({@link #vendors})
   */
  static Optional<ListLocation> representatives(ListLocation vendorList, Path representatives) {
    if (representatives != null) {
      return locate(representatives, ListKind.REPRESENTATIVES, representatives.toString(), true);
    }
    if (vendorList.format() != ListFormat.XLSX) {
      return Optional.empty();
    }
    Path vendors = vendorList.path();
    return locate(vendors, ListKind.REPRESENTATIVES, vendors.toString(), false)
        .map(
            sheet ->
                new ListLocation(
                    sheet.path(),
                    sheet.kind(),
                    sheet.format(),
                    sheet.sheet(),
                    sheet.displayName() + " [" + sheet.sheet() + "]"));
  }

  /** Refuses what is not there, a folder, a file this process may not read and an empty file. */
  static void checkIsReadableFile(Path path, String displayName) {
    if (Files.isDirectory(path)) {
      throw new UnreadableFileException(displayName, "unreadable.directory");
    }
    if (!Files.exists(path)) {
      throw new UnreadableFileException(displayName, "unreadable.notFound");
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableFileException(displayName, "unreadable.notCsvOrXlsx");
    }
    if (!Files.isReadable(path)) {
      throw new UnreadableFileException(displayName, "unreadable.notReadable");
    }
    try {
      if (Files.size(path) == 0) {
        throw new UnreadableFileException(displayName, "unreadable.empty");
      }
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    }
  }

  private static Optional<ListLocation> locate(
      Path path, ListKind kind, String displayName, boolean firstSheetWhenUnnamed) {
    checkIsReadableFile(path, displayName);
    ListFormat format = FileFormatDetector.detect(path, displayName);
    if (format == ListFormat.CSV) {
      return Optional.of(new ListLocation(path, kind, format, null, displayName));
    }
    try (XlsxWorkbook workbook = XlsxWorkbook.open(path, displayName)) {
      List<String> sheets = workbook.sheetNames();
      if (sheets.isEmpty()) {
        throw new UnreadableFileException(displayName, "unreadable.empty");
      }
      Optional<String> named = sheets.stream().filter(kind::isSheetName).findFirst();
      Optional<String> sheet =
          named.isPresent() || !firstSheetWhenUnnamed ? named : Optional.of(sheets.get(0));
      return sheet.map(name -> new ListLocation(path, kind, format, name, displayName));
    }
  }
}
