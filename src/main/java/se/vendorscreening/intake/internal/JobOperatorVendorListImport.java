package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportProgressListener;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.UnreadableInputException;
import se.vendorscreening.intake.VendorListImport;

/**
 * Runs {@code importVendorListJob} through the {@link JobOperator}, on its own or as a step of
 * another job ({@link ImportJobStep}): the files are read through once first (an unreadable file
 * stops the import before anything is written), an execution left STARTED by a killed JVM is marked
 * FAILED, and the job is started, which resumes a failed execution of the same import where it
 * stopped.
 */
@Service
class JobOperatorVendorListImport implements VendorListImport {

  private static final Logger log = LoggerFactory.getLogger(JobOperatorVendorListImport.class);

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job job;
  private final ImportInspections inspections;
  private final ContractRegister register;
  private final IntakeMessages messages;

  JobOperatorVendorListImport(
      JobOperator jobOperator,
      JobRepository jobRepository,
      @Qualifier("importVendorListJob") Job job,
      ImportInspections inspections,
      ContractRegister register,
      IntakeMessages messages) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.job = job;
    this.inspections = inspections;
    this.register = register;
    this.messages = messages;
  }

  @Override
  public void checkReadable(Path vendors, Path representatives, String importId) {
    try {
      inspections.inspect(parameters(vendors, representatives, importId));
    } catch (UnreadableFileException e) {
      throw messages.unreadable(e);
    }
  }

  @Override
  public ImportSummary importVendorList(Path vendors, Path representatives, String importId) {
    return importVendorList(vendors, representatives, importId, ImportProgressListener.NONE);
  }

  /**
   * Synchronized: imports started here outside a job run one at a time in this process, so that an
   * execution of theirs that the repository shows as running was left behind by a killed process.
   */
  @Override
  public synchronized ImportSummary importVendorList(
      Path vendors, Path representatives, String importId, ImportProgressListener listener) {
    return run(parameters(vendors, representatives, importId), listener);
  }

  @Override
  public Step importStep(
      String name,
      String importIdParameter,
      BiFunction<JobParameters, ImportSummary, ImportSummary> then,
      StepExecutionListener... listeners) {
    ImportJobStep step =
        new ImportJobStep(name, jobRepository, jobOperator, job, this, importIdParameter, then);
    for (StepExecutionListener listener : listeners) {
      step.registerStepExecutionListener(listener);
    }
    return step;
  }

  /**
   * Runs the import job to its end for a caller that owns it (no other thread of this process runs
   * the same import): an execution the repository shows as running was left behind by a killed
   * process and is marked FAILED, the inspection and the listener are handed to the job, and the
   * job is started, which resumes a failed execution where it stopped; an import already completed
   * is left as it is.
   *
   * @throws UnreadableInputException when a file cannot be read at all
   */
  ImportSummary run(JobParameters parameters, ImportProgressListener listener) {
    String importId = parameters.getString(ImportVendorListJobConfiguration.IMPORT_ID);
    try {
      recoverStaleExecution(parameters);
      inspections.handOver(parameters, listener);
      JobExecution execution = jobOperator.start(job, parameters);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        Optional<UnreadableInputException> unreadable = unreadableIn(execution);
        if (unreadable.isPresent()) {
          throw unreadable.get();
        }
        throw new IllegalStateException(
            "import " + importId + " ended " + execution.getStatus() + ": " + failureOf(execution));
      }
    } catch (JobInstanceAlreadyCompleteException e) {
      log.info("Import {} was already completed: nothing to do", importId);
    } catch (UnreadableFileException e) {
      throw messages.unreadable(e);
    } catch (UnreadableInputException | IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("import " + importId + " could not run: " + e, e);
    } finally {
      inspections.remove(importId);
    }
    return register.importSummary(importId);
  }

  static JobParameters parameters(Path vendors, Path representatives, String importId) {
    return new JobParametersBuilder()
        .addString(ImportVendorListJobConfiguration.VENDORS, vendors.toString(), true)
        .addString(
            ImportVendorListJobConfiguration.REPRESENTATIVES,
            representatives == null ? "" : representatives.toString(),
            true)
        .addString(ImportVendorListJobConfiguration.IMPORT_ID, importId, true)
        .toJobParameters();
  }

  /**
   * An execution that the repository shows as running but that its owner does not run was left
   * behind by a killed process: it is marked FAILED so that it can be restarted.
   */
  private void recoverStaleExecution(JobParameters parameters) {
    JobExecution last =
        jobRepository.getLastJobExecution(ImportVendorListJobConfiguration.JOB_NAME, parameters);
    if (last != null && last.getStatus().isRunning()) {
      log.warn(
          "Import execution {} was left {} by a stopped process: marking it failed to restart it",
          last.getId(),
          last.getStatus());
      jobOperator.recover(last);
    }
  }

  /**
   * The file the import job found unreadable (a restart in a process that inspects the lists
   * again), as the user's message.
   */
  private Optional<UnreadableInputException> unreadableIn(JobExecution execution) {
    for (Throwable failure : execution.getAllFailureExceptions()) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof UnreadableFileException unreadable) {
          return Optional.of(messages.unreadable(unreadable));
        }
        if (cause instanceof UnreadableInputException unreadable) {
          return Optional.of(unreadable);
        }
      }
    }
    return Optional.empty();
  }

  private static String failureOf(JobExecution execution) {
    return execution.getAllFailureExceptions().stream()
        .map(Throwable::toString)
        .findFirst()
        .orElse(execution.getExitStatus().getExitDescription());
  }
}
