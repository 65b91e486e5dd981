package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportProgressListener;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.UnreadableInputException;
import se.vendorscreening.intake.VendorListImport;

/**
 * Runs {@code importVendorListJob} through the {@link JobOperator}: the files are read through once
 * first (an unreadable file stops the import before anything is written), an execution left STARTED
 * by a killed JVM is marked FAILED, and the job is started, which resumes a failed execution of the
 * same import where it stopped.
 */
@Service
class JobOperatorVendorListImport implements VendorListImport {

  private static final Logger log = LoggerFactory.getLogger(JobOperatorVendorListImport.class);

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job job;
  private final ImportInspections inspections;
  private final ContractRegister register;
  private final ImportProgressTracker progress;
  private final IntakeMessages messages;
  private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

  JobOperatorVendorListImport(
      JobOperator jobOperator,
      JobRepository jobRepository,
      @Qualifier("importVendorListJob") Job job,
      ImportInspections inspections,
      ContractRegister register,
      ImportProgressTracker progress,
      IntakeMessages messages) {
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.job = job;
    this.inspections = inspections;
    this.register = register;
    this.progress = progress;
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

  @Override
  public ImportSummary importVendorList(
      Path vendors, Path representatives, String importId, ImportProgressListener listener) {
    JobParameters parameters = parameters(vendors, representatives, importId);
    recoverStaleExecution(importId, parameters);
    if (!runningHere.add(importId)) {
      throw new IllegalStateException("import " + importId + " is already running");
    }
    List<InspectedList> lists;
    try {
      lists = inspections.of(parameters).lists();
    } catch (UnreadableFileException e) {
      runningHere.remove(importId);
      throw messages.unreadable(e);
    }
    progress.started(importId, lists.stream().mapToLong(InspectedList::rows).sum(), listener);
    try {
      JobExecution execution = jobOperator.start(job, parameters);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
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
      progress.finished(importId);
      inspections.remove(importId);
      runningHere.remove(importId);
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
   * An execution that the repository shows as running but that no thread of this JVM runs was left
   * behind by a killed JVM: it is marked FAILED so that it can be restarted.
   */
  private void recoverStaleExecution(String importId, JobParameters parameters) {
    JobExecution last =
        jobRepository.getLastJobExecution(ImportVendorListJobConfiguration.JOB_NAME, parameters);
    if (last != null && last.getStatus().isRunning() && !runningHere.contains(importId)) {
      log.warn(
          "Import execution {} was left {} by a stopped process: marking it failed to restart it",
          last.getId(),
          last.getStatus());
      jobOperator.recover(last);
    }
  }

  private static String failureOf(JobExecution execution) {
    return execution.getAllFailureExceptions().stream()
        .map(Throwable::toString)
        .findFirst()
        .orElse(execution.getExitStatus().getExitDescription());
  }
}
