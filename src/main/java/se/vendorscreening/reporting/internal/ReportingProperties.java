package se.vendorscreening.reporting.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code screening.reporting.*}).
 *
 * @param clausesDir the folder with the clause catalogue ({@code sv.yml}, {@code en.yml})
 * @param workbookRowsInMemory rows per sheet the streaming workbook keeps in memory
 * @param pdf settings of report.pdf
 */
@ConfigurationProperties("screening.reporting")
public record ReportingProperties(
    @DefaultValue("config/clauses") Path clausesDir,
    @DefaultValue("100") int workbookRowsInMemory,
    @DefaultValue Pdf pdf) {

  public ReportingProperties {
    if (pdf == null) {
      pdf = new Pdf(Pdf.DEFAULT_MAX_DETAILED_PARTIES);
    }
  }

  /**
   * Settings of report.pdf ({@code screening.reporting.pdf.*}).
   *
   * @param maxDetailedParties flagged parties (in the report's order) that get a full section; the
   *     rest are listed one row each, their details being in report.xlsx and results.csv
   */
  public record Pdf(@DefaultValue("1000") int maxDetailedParties) {

    static final int DEFAULT_MAX_DETAILED_PARTIES = 1000;

    public Pdf {
      if (maxDetailedParties < 0) {
        throw new IllegalArgumentException(
            "screening.reporting.pdf.max-detailed-parties must be 0 or more");
      }
    }
  }
}
