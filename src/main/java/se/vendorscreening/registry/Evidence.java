package se.vendorscreening.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import se.vendorscreening.shared.SwedishTime;

/**
 * Where an answer came from, so a report can say exactly what the registry said and when.
 *
 * @param check the check: {@code TAX_ARREARS}, {@code CONVICTIONS}, {@code FINANCIAL_STANDING} or
 *     {@code NETWORK_ASSESSMENTS}
 * @param source the file (with its SHA-256) or the URL asked
 * @param retrievedAt when the answer was read
 * @param sha256 hex SHA-256 of the raw answer (the response body, or the file's bytes)
 * @param evidenceId the stored raw answer (HTTP; purged after the retention period), or null
 * @param dataDate the day the registry's data is from: the extract's {@code extract_date}, else the
 *     file's last-modified day; null for an answer asked over HTTP (its data is of the day it was
 *     read)
 * @param dataDateBasis where {@code dataDate} comes from
 */
public record Evidence(
    String check,
    String source,
    Instant retrievedAt,
    String sha256,
    String evidenceId,
    LocalDate dataDate,
    DataDate dataDateBasis) {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  /** Where the date of a registry's data comes from (docs/evidence.md). */
  public enum DataDate {
    /** The extract's own {@code extract_date}. */
    EXTRACT,
    /** The file's last-modified day: the best a file without a date can say. */
    FILE_MODIFIED,
    /** The day the answer was read: a registry asked over HTTP answers with that day's data. */
    RETRIEVED
  }

  public Evidence {
    if (dataDate == null || dataDateBasis == null) {
      dataDate = retrievedAt == null ? null : retrievedAt.atZone(SWEDEN).toLocalDate();
      dataDateBasis = DataDate.RETRIEVED;
    }
  }

  /** An answer whose data is of the day it was read (an HTTP registry). */
  public Evidence(
      String check, String source, Instant retrievedAt, String sha256, String evidenceId) {
    this(check, source, retrievedAt, sha256, evidenceId, null, null);
  }
}
