package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a screen or re-check run was started with, resolved (no defaults left open) and carried by
 * its job parameters, so that a restart, a partition on another node and every step read the same
 * values: written once by {@link #toJobParameters()} and read back by {@link #of(JobParameters)}.
 * Only the run id identifies the job instance.
 *
 * @param runId the run ({@code 20261128-142501-screen-7})
 * @param asOf the evaluation date
 * @param outDir where the run folder goes
 * @param language the reports' language
 * @param actor who runs it
 * @param registriesDir the file extracts' folder, or null for the configured one
 * @param inputs the screen job's files; {@link Inputs#NONE} for a re-check
 */
record RunParameters(
    String runId,
    LocalDate asOf,
    Path outDir,
    Locale language,
    String actor,
    Path registriesDir,
    Inputs inputs) {

  static final String RUN_ID = "runId";
  static final String VENDORS = "vendors";
  static final String REPRESENTATIVES = "representatives";
  static final String OWNERS = "owners";
  static final String STATEMENTS = "statements";
  static final String REGISTRIES_DIR = "registriesDir";
  static final String AS_OF = "asOf";
  static final String OUT_DIR = "outDir";
  static final String LANGUAGE = "language";
  static final String ACTOR = "actor";

  /**
   * The files a screening reads (docs/input-formats.md); all null for a re-check.
   *
   * @param vendors the vendor list
   * @param representatives a separate representatives file, or null
   * @param owners the ownership file, or null
   * @param statements the sworn statements and vendor documents, or null
   */
  record Inputs(Path vendors, Path representatives, Path owners, Path statements) {

    static final Inputs NONE = new Inputs(null, null, null, null);
  }

  /** The run's parameters as its job carries them. */
  JobParameters toJobParameters() {
    JobParametersBuilder parameters = new JobParametersBuilder();
    if (inputs.vendors() != null) {
      parameters
          .addString(VENDORS, inputs.vendors().toString(), false)
          .addString(REPRESENTATIVES, text(inputs.representatives()), false)
          .addString(OWNERS, text(inputs.owners()), false)
          .addString(STATEMENTS, text(inputs.statements()), false);
    }
    return parameters
        .addString(RUN_ID, runId, true)
        .addString(AS_OF, asOf.toString(), false)
        .addString(OUT_DIR, outDir.toString(), false)
        .addString(LANGUAGE, language.toLanguageTag(), false)
        .addString(ACTOR, actor, false)
        .addString(REGISTRIES_DIR, text(registriesDir), false)
        .toJobParameters();
  }

  /** The parameters a run's job was started with. */
  static RunParameters of(JobParameters parameters) {
    return new RunParameters(
        parameters.getString(RUN_ID),
        LocalDate.parse(parameters.getString(AS_OF)),
        Path.of(parameters.getString(OUT_DIR)),
        Locale.forLanguageTag(parameters.getString(LANGUAGE)),
        parameters.getString(ACTOR),
        path(parameters.getString(REGISTRIES_DIR)),
        new Inputs(
            path(parameters.getString(VENDORS)),
            path(parameters.getString(REPRESENTATIVES)),
            path(parameters.getString(OWNERS)),
            path(parameters.getString(STATEMENTS))));
  }

  /** The job parameters that identify a run's job instance: its run id. */
  static JobParameters identifying(String runId) {
    return new JobParametersBuilder().addString(RUN_ID, runId, true).toJobParameters();
  }

  /** The run id of a job (or partition) execution's parameters. */
  static String runIdOf(JobParameters parameters) {
    return parameters.getString(RUN_ID);
  }

  private static String text(Path path) {
    return path == null ? "" : path.toString();
  }

  private static Path path(String text) {
    return text == null || text.isEmpty() ? null : Path.of(text);
  }
}
