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
 * encrypted workbooks, old binary {@code .xls}, other binary files.
 */
final class FileFormatDetector {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
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
    if (looksLikeWorkbookName(path) || containsNul(head)) {
      throw new UnreadableFileException(displayName, "unreadable.notCsvOrXlsx");
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

  private static boolean containsNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
  }
}
