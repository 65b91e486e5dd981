package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;
import se.vendorscreening.intake.ImportProgressListener;

/**
 * Hands what an import's caller has before its job starts to the job: the {@link
 * ListInspector.Inspection} made then (the run's check that its files are readable, which must come
 * before any job execution exists, and the import's row count) and the listener that hears the
 * import's progress. The job's {@code @JobScope} {@link ImportInspection} takes them when the job's
 * first step asks, so that the lists are not read through again; a job execution never reads this
 * slot again. Holds only what no job has taken yet; the import drops its own when it ends (an
 * import that never started its job, as when a later input of the run is unreadable).
 */
@Component
class ImportInspections {

  /**
   * What the caller hands to the import's job.
   *
   * @param inspection the lists, located and read through once
   * @param listener hears the import's progress
   */
  record Handed(ListInspector.Inspection inspection, ImportProgressListener listener) {}

  private final Map<String, Handed> byImport = new ConcurrentHashMap<>();
  private final ListInspector inspector;

  ImportInspections(ListInspector inspector) {
    this.inspector = inspector;
  }

  /**
   * Inspects the lists of an import about to start, for its job to take.
   *
   * @throws UnreadableFileException naming the first file that cannot be read, and why
   */
  ListInspector.Inspection inspect(JobParameters parameters) {
    ListInspector.Inspection inspection = inspectionOf(parameters);
    byImport.put(importIdOf(parameters), new Handed(inspection, ImportProgressListener.NONE));
    return inspection;
  }

  /**
   * Hands the import's job the inspection of its lists, made now if it was not made in this process
   * (a restart elsewhere), and the listener of its progress.
   *
   * @param parameters the import job's
   * @throws UnreadableFileException naming the first file that cannot be read, and why
   */
  ListInspector.Inspection handOver(JobParameters parameters, ImportProgressListener listener) {
    return byImport
        .compute(
            importIdOf(parameters),
            (id, made) ->
                new Handed(made != null ? made.inspection() : inspectionOf(parameters), listener))
        .inspection();
  }

  /**
   * What was handed to the job, taken out of this slot, or an inspection made now (a job restarted
   * by another caller, whose progress nobody hears).
   *
   * @param parameters the import job's
   */
  Handed take(JobParameters parameters) {
    Handed made = byImport.remove(importIdOf(parameters));
    return made != null ? made : new Handed(inspectionOf(parameters), ImportProgressListener.NONE);
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
