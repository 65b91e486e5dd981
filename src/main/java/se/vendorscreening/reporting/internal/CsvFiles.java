package se.vendorscreening.reporting.internal;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens CSV files the way every run-folder CSV is written: UTF-8, comma, RFC 4180 quoting, CRLF,
 * and every cell formula-safe (see docs/csv-files.md).
 */
final class CsvFiles {

  /**
   * First characters that make a spreadsheet read a cell as a formula, or (tab, carriage return)
   * let one hide behind them (OWASP, CSV injection).
   */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvFiles() {}

  /** A writer that quotes a field only when it holds a comma, a quote or a line break. */
  static ICSVWriter open(Path file) throws IOException {
    return new CSVWriter(
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)),
        ICSVWriter.DEFAULT_SEPARATOR,
        ICSVWriter.DEFAULT_QUOTE_CHARACTER,
        ICSVWriter.DEFAULT_QUOTE_CHARACTER,
        "\r\n");
  }

  /** Writes one row; null fields are written empty, every field {@link #formulaSafe}. */
  static void writeRow(ICSVWriter writer, String... fields) {
    String[] row = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      row[i] = fields[i] == null ? "" : formulaSafe(fields[i]);
    }
    writer.writeNext(row, false);
  }

  /**
   * The value with a single quote in front when it begins with {@code = + - @}, a tab or a carriage
   * return, so that Excel or LibreOffice shows it as text instead of running it; any other value
   * unchanged.
   */
  static String formulaSafe(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
