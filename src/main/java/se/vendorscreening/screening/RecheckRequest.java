package se.vendorscreening.screening;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A re-check of every party of every ACTIVE contract ({@code recheck}, and the nightly job).
 *
 * @param registriesDir the file extracts' folder, or null for the configured one
 * @param asOf the evaluation date, or null for today in Europe/Stockholm
 * @param outDir where the run folder goes, or null for {@code SCREENING_REPORTS_DIR}
 * @param language the reports' language
 * @param actor who runs it
 * @param command the command line, for the audit trail
 */
public record RecheckRequest(
    Path registriesDir,
    LocalDate asOf,
    Path outDir,
    Locale language,
    String actor,
    String command) {}
