package se.vendorscreening.registry.internal;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import se.vendorscreening.registry.RegistryCheckFailedException;

/**
 * Reads a registry extract (CSV with {@code ,} or {@code ;}, UTF-8 with or without BOM or
 * Windows-1252; or XLSX, first sheet) row by row, so that a file of a million rows is never held in
 * memory as text. A file that cannot be read at all fails the check.
 */
final class ExtractReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String check;
  private final Clock clock;

  ExtractReader(String check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  /**
   * Streams every non-blank data row of the file to the consumer.
   *
   * @throws RegistryCheckFailedException when the file cannot be read or lacks a required column
   */
  ExtractFile read(Path file, List<String> requiredColumns, Consumer<ExtractRow> rows) {
    try {
      FileFingerprint fingerprint = FileFingerprint.of(file);
      ExtractFile extract = new ExtractFile(file, fingerprint.sha256(), clock.instant());
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        new XlsxExtractReader(check, file).read(requiredColumns, rows);
      } else {
        readCsv(
            file,
            fingerprint.utf8() ? StandardCharsets.UTF_8 : WINDOWS_1252,
            requiredColumns,
            rows);
      }
      return extract;
    } catch (IOException | CsvException | RuntimeException e) {
      if (e instanceof RegistryCheckFailedException failed) {
        throw failed;
      }
      throw new RegistryCheckFailedException(
          check, "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private void readCsv(
      Path file, Charset charset, List<String> requiredColumns, Consumer<ExtractRow> rows)
      throws IOException, CsvException {
    char separator = separatorOf(file, charset);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new BufferedReader(new InputStreamReader(skipBom(in), charset), 1 << 16);
        CSVReader csv =
            new CSVReaderBuilder(reader)
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
                .build()) {
      String[] header = csv.readNext();
      Map<String, Integer> columns = columnsOf(file, header, requiredColumns);
      long linesBefore = csv.getLinesRead();
      String[] cells;
      while ((cells = csv.readNext()) != null) {
        ExtractRow row = new ExtractRow(columns, cells, linesBefore + 1);
        linesBefore = csv.getLinesRead();
        if (!row.isBlank()) {
          rows.accept(row);
        }
      }
    }
  }

  Map<String, Integer> columnsOf(Path file, String[] header, List<String> requiredColumns) {
    if (header == null) {
      throw new RegistryCheckFailedException(check, file.getFileName() + " is empty", null);
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (header[i] != null) {
        columns.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
      }
    }
    List<String> missing =
        requiredColumns.stream().filter(column -> !columns.containsKey(column)).toList();
    if (!missing.isEmpty()) {
      throw new RegistryCheckFailedException(
          check, file.getFileName() + " lacks the column(s) " + String.join(", ", missing), null);
    }
    return columns;
  }

  private static char separatorOf(Path file, Charset charset) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
      String first = reader.readLine();
      if (first == null) {
        return ',';
      }
      long semicolons = first.chars().filter(c -> c == ';').count();
      long commas = first.chars().filter(c -> c == ',').count();
      return semicolons > commas ? ';' : ',';
    }
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    InputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
    buffered.mark(3);
    byte[] start = buffered.readNBytes(3);
    if (!(start.length == 3
        && (start[0] & 0xFF) == 0xEF
        && (start[1] & 0xFF) == 0xBB
        && (start[2] & 0xFF) == 0xBF)) {
      buffered.reset();
    }
    return buffered;
  }
}
