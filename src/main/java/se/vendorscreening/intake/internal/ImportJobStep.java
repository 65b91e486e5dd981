package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.job.JobStep;
import se.vendorscreening.intake.ImportProgressListener;
import se.vendorscreening.intake.ImportSummary;

/**
 * {@code importVendorListJob} as a step of another job (the screen job's {@code screenImportStep}),
 * whose execution owns it: the step starts the import job with the outer job's {@code vendors} and
 * {@code representatives} parameters and the import id of its own parameter, and when the outer job
 * is restarted the step starts it again, which continues the import job's instance where it
 * stopped. Unlike a plain {@link JobStep} it marks an import execution that a killed process left
 * running as failed first (the outer job's earlier execution, which started it, has ended), lets an
 * import that already completed stand, turns an unreadable file into the user's message, and counts
 * the parties imported as its writes (the console's progress page shows them).
 */
final class ImportJobStep extends JobStep {

  private final JobOperatorVendorListImport imports;
  private final String importIdParameter;
  private final BiFunction<JobParameters, ImportSummary, ImportSummary> then;

  /**
   * @param importIdParameter the outer job's parameter holding the import id (the screen job's run
   *     id)
   * @param then what the outer job does with its parameters and the import's summary on the step's
   *     thread (the screen job imports the statements and records the run's import); its failure
   *     fails the step
   */
  ImportJobStep(
      String name,
      JobRepository jobRepository,
      JobOperator jobOperator,
      Job importJob,
      JobOperatorVendorListImport imports,
      String importIdParameter,
      BiFunction<JobParameters, ImportSummary, ImportSummary> then) {
    super(jobRepository);
    setName(name);
    setJob(importJob);
    setJobOperator(jobOperator);
    this.imports = imports;
    this.importIdParameter = importIdParameter;
    this.then = then;
  }

  @Override
  protected void doExecute(StepExecution step) {
    JobParameters outer = step.getJobParameters();
    ImportSummary summary =
        then.apply(outer, imports.run(importParameters(outer), ImportProgressListener.NONE));
    step.setWriteCount(summary.partiesImported());
  }

  /** The import job's parameters, the same for every execution of the outer job's instance. */
  private JobParameters importParameters(JobParameters outer) {
    return JobOperatorVendorListImport.parameters(
        Path.of(outer.getString(ImportVendorListJobConfiguration.VENDORS)),
        ImportVendorListJobConfiguration.optionalPath(
            outer.getString(ImportVendorListJobConfiguration.REPRESENTATIVES)),
        outer.getString(importIdParameter));
  }
}
