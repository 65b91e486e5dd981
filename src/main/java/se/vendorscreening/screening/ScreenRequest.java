package se.vendorscreening.screening;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A pre-award screening of one vendor list ({@code screen}).
 *
 * @param vendors the vendor list
 * @param representatives a separate representatives file, or null
 * @param registriesDir the file extracts' folder, or null for the configured one
 * @param asOf the evaluation date, or null for today in Europe/Stockholm
 * @param outDir where the run folder goes, or null for {@code SCREENING_REPORTS_DIR}
 * @param language the reports' language
 * @param actor who runs it
 * @param command the command line, for the audit trail
 * @param owners the ownership file (docs/ownership.md), or null
 * @param statements the sworn statements and vendor documents (docs/statements.md), or null
 */
public record ScreenRequest(
    Path vendors,
    Path representatives,
    Path registriesDir,
    LocalDate asOf,
    Path outDir,
    Locale language,
    String actor,
    String command,
    Path owners,
    Path statements) {

  /** A screening without a statements file. */
  public ScreenRequest(
      Path vendors,
      Path representatives,
      Path registriesDir,
      LocalDate asOf,
      Path outDir,
      Locale language,
      String actor,
      String command,
      Path owners) {
    this(
        vendors,
        representatives,
        registriesDir,
        asOf,
        outDir,
        language,
        actor,
        command,
        owners,
        null);
  }

  /** A screening without an ownership file. */
  public ScreenRequest(
      Path vendors,
      Path representatives,
      Path registriesDir,
      LocalDate asOf,
      Path outDir,
      Locale language,
      String actor,
      String command) {
    this(
        vendors,
        representatives,
        registriesDir,
        asOf,
        outDir,
        language,
        actor,
        command,
        null,
        null);
  }
}
