package se.vendorscreening.reporting.internal;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.vendorscreening.intake.RejectedRow;

/**
 * Writes rejected-rows.csv: {@code file, line, column, value, reason}, the header only when none.
 */
final class RejectedRowsCsvWriter {

  static final String[] HEADER = {"file", "line", "column", "value", "reason"};

  void write(List<RejectedRow> rows, Path file) throws IOException {
    try (ICSVWriter csv = CsvFiles.open(file)) {
      csv.writeNext(HEADER, false);
      for (RejectedRow row : rows) {
        CsvFiles.writeRow(
            csv,
            row.file(),
            Long.toString(row.line()),
            row.column(),
            PersonalNumbers.mask(row.value()),
            PersonalNumbers.mask(row.reason()));
      }
    }
  }
}
