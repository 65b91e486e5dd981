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
 * @param certificates settings of the certificates (one per party)
 * @param hearingLetters settings of the hearing letters (kommunicering)
 */
@ConfigurationProperties("screening.reporting")
public record ReportingProperties(
    @DefaultValue("config/clauses") Path clausesDir,
    @DefaultValue("100") int workbookRowsInMemory,
    @DefaultValue Pdf pdf,
    @DefaultValue Certificates certificates,
    @DefaultValue HearingLetters hearingLetters) {

  public ReportingProperties {
    if (pdf == null) {
      pdf = new Pdf(Pdf.DEFAULT_MAX_DETAILED_PARTIES);
    }
    if (certificates == null) {
      certificates = new Certificates(Certificates.DEFAULT_MAX_IN_REPORT);
    }
    if (hearingLetters == null) {
      hearingLetters = new HearingLetters(HearingLetters.DEFAULT_REPLY_DAYS, "");
    }
  }

  /**
   * Settings of the certificates ({@code screening.reporting.certificates.*}).
   *
   * @param maxInReport runs of at most this many parties have their certificates in report.pdf;
   *     larger ones get one file per party in the run's certificates folder
   */
  public record Certificates(@DefaultValue("500") int maxInReport) {

    static final int DEFAULT_MAX_IN_REPORT = 500;

    public Certificates {
      if (maxInReport < 0) {
        throw new IllegalArgumentException(
            "screening.reporting.certificates.max-in-report must be 0 or more");
      }
    }
  }

  /**
   * Settings of the hearing letters ({@code screening.reporting.hearing-letters.*}).
   *
   * @param replyDays days after the run by which the vendor may answer
   * @param sender who the letters name as contact, who the vendor answers to and who signs (e.g.
   *     "Upphandlingsenheten, upphandling@kommunen.example"); blank: the run's actor
   */
  public record HearingLetters(@DefaultValue("14") int replyDays, @DefaultValue("") String sender) {

    static final int DEFAULT_REPLY_DAYS = 14;

    public HearingLetters {
      if (replyDays < 1) {
        throw new IllegalArgumentException(
            "screening.reporting.hearing-letters.reply-days must be 1 or more");
      }
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
