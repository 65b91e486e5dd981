package se.vendorscreening.generator.internal;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of one generation, each a buffered UTF-8 CSV writer that counts its rows. */
final class CsvOutputs implements Closeable {

  static final String[] VENDORS = {
    "procurement_id", "procurement_type", "procurement_title", "org_no", "name", "country",
    "foreign_id", "role", "parent_org_no", "contract_id", "contract_status", "contract_start",
    "contract_end", "annual_value_sek"
  };
  static final String[] REPRESENTATIVES = {"org_no", "person_id", "name", "birth_date", "role"};
  static final String[] CONVICTIONS = {
    "subject_id",
    "subject_name",
    "birth_date",
    "offence_category",
    "offence_description",
    "judgment_date",
    "final_date",
    "court",
    "case_number"
  };
  static final String[] TAX_ARREARS = {
    "subject_id",
    "subject_name",
    "debt_type",
    "amount_sek",
    "registered_date",
    "final_decision",
    "reference"
  };
  static final String[] FINANCIAL_STANDING = {
    "org_no",
    "status",
    "f_tax",
    "vat_registered",
    "employer_registered",
    "risk_class",
    "revenue_sek",
    "equity_sek",
    "rating_date"
  };
  static final String[] ASSESSMENTS = {
    "network_id", "subject_id", "subject_name", "criteria_met", "assessed_date", "source"
  };
  static final String[] EXPECTED = {"org_no", "rule_id", "expected_decision", "planted_as"};
  static final String[] DECOYS = {"org_no", "decoy", "planted_as"};

  final CountingWriter vendors;
  final CountingWriter representatives;
  final CountingWriter convictions;
  final CountingWriter taxArrears;
  final CountingWriter financialStanding;
  final CountingWriter assessments;
  final CountingWriter expected;
  final CountingWriter decoys;
  private final List<CountingWriter> all = new ArrayList<>();

  CsvOutputs(Path directory) throws IOException {
    Path registries = directory.resolve("registries");
    Files.createDirectories(registries);
    vendors = open(directory.resolve("vendors.csv"), VENDORS);
    representatives = open(directory.resolve("representatives.csv"), REPRESENTATIVES);
    convictions = open(registries.resolve("convictions.csv"), CONVICTIONS);
    taxArrears = open(registries.resolve("tax-arrears.csv"), TAX_ARREARS);
    financialStanding = open(registries.resolve("financial-standing.csv"), FINANCIAL_STANDING);
    assessments = open(registries.resolve("organised-crime-assessments.csv"), ASSESSMENTS);
    expected = open(directory.resolve("expected.csv"), EXPECTED);
    decoys = open(directory.resolve("decoys.csv"), DECOYS);
  }

  private CountingWriter open(Path file, String[] header) throws IOException {
    var writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    CountingWriter counting = new CountingWriter(new ReusingCsvWriter(writer));
    counting.csv.writeNext(header, false);
    all.add(counting);
    return counting;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CountingWriter writer : all) {
      try {
        writer.csv.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * OpenCSV's writer, building every line in one reused buffer instead of a new 1 KB one a line
   * (the biggest cost of writing a million rows).
   */
  private static final class ReusingCsvWriter extends CSVWriter {
    private final StringBuilder line = new StringBuilder(1024);

    ReusingCsvWriter(java.io.Writer writer) {
      super(
          writer,
          ICSVWriter.DEFAULT_SEPARATOR,
          ICSVWriter.DEFAULT_QUOTE_CHARACTER,
          ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
          "\n");
    }

    @Override
    public void writeNext(String[] nextLine, boolean applyQuotesToAll) {
      line.setLength(0);
      try {
        writeNext(nextLine, applyQuotesToAll, line);
      } catch (IOException e) {
        exception = e;
      }
    }
  }

  /** One CSV file and the number of data rows written to it. */
  static final class CountingWriter {
    private final CSVWriter csv;
    private long rows;

    CountingWriter(CSVWriter csv) {
      this.csv = csv;
    }

    void write(String... row) {
      csv.writeNext(row, false);
      rows++;
    }

    long rows() {
      return rows;
    }
  }
}
