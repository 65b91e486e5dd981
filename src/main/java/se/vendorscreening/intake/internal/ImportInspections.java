package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/**
 * Hands the {@link ListInspector.Inspection} an import made before its job starts (the run's check
 * that its files are readable, and the import's row count) to the job: the job's {@code @JobScope}
 * {@link ImportInspection} takes it when the job's first step asks, so that the lists are not read
 * through again. Holds only inspections not yet taken; the import drops its own when it ends (an
 * import that never started its job, as when a later input of the run is unreadable).
 */
@Component
class ImportInspections {

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

  /**
   * The inspection made before the job started, taken out of this hand-off, or one made now (a
   * restart of an import inspected by another process).
   *
   * @param parameters the import job's
   */
  ListInspector.Inspection take(JobParameters parameters) {
    ListInspector.Inspection made = byImport.remove(importIdOf(parameters));
    return made != null ? made : inspectionOf(parameters);
  }

  void remove(String importId) {
    byImport.remove(importId);
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
