package se.vendorscreening.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a workbook from a CSV file by its first bytes, not its name, and refuses what is neither:
 * encrypted workbooks, old binary {@code .xls}, PDFs, other binary files. A UTF-16 text file
 * (Excel's "Unicode text") starts with its byte order mark and is read as CSV.
 */
final class FileFormatDetector {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final int SNIFFED_BYTES = 8192;

  private FileFormatDetector() {}

  static ListFormat detect(Path path, String displayName) {
    byte[] head = head(path, displayName);
    if (startsWith(head, ZIP)) {
      return ListFormat.XLSX;
    }
    if (startsWith(head, OLE2)) {
      throw new UnreadableFileException(
          displayName, isEncrypted(path) ? "unreadable.encrypted" : "unreadable.oldExcel");
    }
    if (startsWith(head, PDF)) {
      throw new UnreadableFileException(displayName, "unreadable.pdf");
    }
    if (TextEncodingDetector.startsWithUtf16Bom(head)) {
      return ListFormat.CSV;
    }
    if (isBinary(head)) {
      throw new UnreadableFileException(displayName, "unreadable.notCsvOrXlsx");
    }
    if (looksLikeWorkbookName(path)) {
      throw new UnreadableFileException(displayName, "unreadable.textNamedWorkbook");
    }
    return ListFormat.CSV;
  }

  private static byte[] head(Path path, String displayName) {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(SNIFFED_BYTES);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    }
  }

  private static boolean isEncrypted(Path path) {
    try (POIFSFileSystem fileSystem = new POIFSFileSystem(path.toFile(), true)) {
      return fileSystem.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean looksLikeWorkbookName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }

  /**
   * Whether the bytes are no text: a NUL byte (no text export writes one, and the CSV parser would
   * drop it silently), or other control bytes in more than 1 in 100 (one in a cell rejects that
   * row, not the file).
   */
  private static boolean isBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    return controls * 100 > bytes.length;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }
}
