package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@link ListInspector.Inspection} of each import in progress in this process: made once,
 * before the import job starts, and taken by the job's steps (the files recorded, the {@link
 * VendorListKeys} both list steps validate against), so that the lists are not read through again
 * for each. A step of an import inspected elsewhere (a restart) inspects the lists itself, once for
 * all its steps (the step that asks second waits for the first). Dropped when the job ends.
 */
@Component
class ImportInspections implements JobExecutionListener {

  private final Map<String, ListInspector.Inspection> byImport = new ConcurrentHashMap<>();
  private final ListInspector inspector;

  ImportInspections(ListInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * Inspects the lists of an import about to start.
   *
   * @throws UnreadableFileException naming the first file that cannot be read, and why
   */
  ListInspector.Inspection inspect(JobParameters parameters) {
    ListInspector.Inspection inspection = inspectionOf(parameters);
    byImport.put(importIdOf(parameters), inspection);
    return inspection;
  }

  /**
   * The inspection of the import job's lists, made now if it was not made in this process.
   *
   * @param parameters the import job's
   */
  ListInspector.Inspection of(JobParameters parameters) {
    return byImport.computeIfAbsent(importIdOf(parameters), id -> inspectionOf(parameters));
  }

  void remove(String importId) {
    byImport.remove(importId);
  }

  @Override
  public void afterJob(JobExecution execution) {
    remove(importIdOf(execution.getJobParameters()));
  }

  private ListInspector.Inspection inspectionOf(JobParameters parameters) {
    return inspector.inspect(
        Path.of(parameters.getString(ImportVendorListJobConfiguration.VENDORS)),
        ImportVendorListJobConfiguration.optionalPath(
            parameters.getString(ImportVendorListJobConfiguration.REPRESENTATIVES)));
  }

  private static String importIdOf(JobParameters parameters) {
    return parameters.getString(ImportVendorListJobConfiguration.IMPORT_ID);
  }
}
