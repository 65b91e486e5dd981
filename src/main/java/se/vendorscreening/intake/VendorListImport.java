package se.vendorscreening.intake;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;

/** Imports a procurement's vendor list into the contract register. */
public interface VendorListImport {

  /**
   * Runs the import job: validates every row, upserts the accepted ones, records the rejected ones
   * under {@code importId}. Importing the same file again changes nothing; an interrupted import
   * started again with the same id resumes.
   *
   * @param vendors the vendor list (CSV or XLSX; an XLSX may hold the representatives sheet too)
   * @param representatives a separate representatives file, or null
   * @param importId identifies this import (the run id when part of a screening)
   * @throws UnreadableInputException when a file cannot be read at all
   */
  ImportSummary importVendorList(Path vendors, Path representatives, String importId);

  /**
   * Opens the lists of an import about to start and reads them through once, so that a file that
   * cannot be read at all stops a run before anything else of it starts (the registries load for
   * many seconds); the import started next with the same id uses what this learnt.
   *
   * @throws UnreadableInputException naming the first file that cannot be read, and why
   */
  void checkReadable(Path vendors, Path representatives, String importId);

  /**
   * As {@link #importVendorList(Path, Path, String)}, telling {@code progress} how far it has come.
   */
  default ImportSummary importVendorList(
      Path vendors, Path representatives, String importId, ImportProgressListener progress) {
    return importVendorList(vendors, representatives, importId);
  }

  /**
   * The import as a step of another job, whose execution then owns it (a Spring Batch {@code
   * JobStep}): it runs the import job with the files of the outer job's {@code vendors} and {@code
   * representatives} parameters (paths; empty when there is none) under the import id of its
   * parameter {@code importIdParameter}, after {@link #checkReadable} when the outer job's starter
   * checked the files, and continues the import where it stopped when the outer job is restarted
   * (an import execution a killed process left running is marked failed first). An unreadable file
   * fails the step with an {@link UnreadableInputException}.
   *
   * @param name the step's name in the outer job
   * @param then what the outer job adds once the lists are imported, on the step's thread, given
   *     its job parameters and the import's summary and returning the summary to count: the parties
   *     imported are the step's writes
   * @param listeners listeners of the step
   */
  Step importStep(
      String name,
      String importIdParameter,
      BiFunction<JobParameters, ImportSummary, ImportSummary> then,
      StepExecutionListener... listeners);
}
