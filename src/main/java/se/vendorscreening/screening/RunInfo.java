package se.vendorscreening.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.shared.Decision;

/**
 * One run of {@code screen} or {@code recheck}: what it read, how, and what it decided.
 *
 * @param runId sorts by time, e.g. {@code 20261128-020000-recheck-42}
 * @param job {@code screen} or {@code recheck}
 * @param startedAt when it started
 * @param finishedAt when it finished, or null while running
 * @param asOf the evaluation date of every time-dependent rule
 * @param actor who ran it
 * @param language the language of its reports
 * @param rulesVersion hash of the effective rules
 * @param organisedCrimeProfile {@code plan} or {@code eu}
 * @param procurementIds the procurements screened
 * @param inputs the vendor-list files with hashes and counts (empty for a re-check)
 * @param registryMode {@code file} or {@code http}
 * @param registrySources what the checks read
 * @param counts parties per decision (after overrides); every decision present
 * @param status {@code COMPLETED} or {@code FAILED}
 * @param representativesRead representatives a screen run's import read (0 when it had no
 *     representatives file or sheet); null for a re-check, which reads the register instead
 */
public record RunInfo(
    String runId,
    String job,
    Instant startedAt,
    Instant finishedAt,
    LocalDate asOf,
    String actor,
    Locale language,
    String rulesVersion,
    String organisedCrimeProfile,
    List<String> procurementIds,
    List<InputFile> inputs,
    String registryMode,
    List<RegistrySource> registrySources,
    Map<Decision, Long> counts,
    String status,
    Long representativesRead) {

  /** A run without a count of representatives read. */
  public RunInfo(
      String runId,
      String job,
      Instant startedAt,
      Instant finishedAt,
      LocalDate asOf,
      String actor,
      Locale language,
      String rulesVersion,
      String organisedCrimeProfile,
      List<String> procurementIds,
      List<InputFile> inputs,
      String registryMode,
      List<RegistrySource> registrySources,
      Map<Decision, Long> counts,
      String status) {
    this(
        runId,
        job,
        startedAt,
        finishedAt,
        asOf,
        actor,
        language,
        rulesVersion,
        organisedCrimeProfile,
        procurementIds,
        inputs,
        registryMode,
        registrySources,
        counts,
        status,
        null);
  }

  /**
   * Whether this is a screen run that read no representatives: only the register's were checked.
   */
  public boolean readNoRepresentatives() {
    return representativesRead != null && representativesRead == 0;
  }
}
