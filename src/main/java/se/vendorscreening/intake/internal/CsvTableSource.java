package se.vendorscreening.intake.internal;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.ICSVParser;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a CSV file whose encoding and separator it detects itself. */
final class CsvTableSource implements TableSource {

  private final String displayName;
  private final CSVReader reader;
  private long linesRead;

  private CsvTableSource(String displayName, CSVReader reader) {
    this.displayName = displayName;
    this.reader = reader;
  }

  static CsvTableSource open(Path path, String displayName) {
    try {
      TextEncodingDetector.Encoding encoding = TextEncodingDetector.detect(path);
      char separator = CsvDelimiterDetector.detect(firstLine(path, encoding));
      InputStream in = Files.newInputStream(path);
      in.skipNBytes(encoding.bomLength());
      CSVReader reader =
          new CSVReaderBuilder(
                  new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024))
              .withCSVParser(
                  new CSVParserBuilder()
                      .withSeparator(separator)
                      .withEscapeChar(ICSVParser.NULL_CHARACTER)
                      .build())
              .withKeepCarriageReturn(false)
              .build();
      return new CsvTableSource(displayName, reader);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    }
  }

  private static String firstLine(Path path, TextEncodingDetector.Encoding encoding)
      throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      in.skipNBytes(encoding.bomLength());
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, encoding.charset()));
      String line = lines.readLine();
      return line == null ? "" : line;
    }
  }

  @Override
  public TableRow next() {
    try {
      String[] cells = reader.readNext();
      if (cells == null) {
        return null;
      }
      long line = linesRead + 1;
      linesRead = reader.getLinesRead();
      return new TableRow(line, List.of(cells));
    } catch (CsvMalformedLineException e) {
      // OpenCSV's own text is English; the line where the open field starts is what helps
      throw new UnreadableFileException(
          displayName, e, "unreadable.unbalancedQuote", linesRead + 1);
    } catch (IOException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.io", e.getMessage());
    } catch (CsvValidationException e) {
      throw new UnreadableFileException(displayName, e, "unreadable.csv", linesRead + 1);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
