package se.vendorscreening.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of checking a run folder against its manifest and the audit trail.
 *
 * @param runId the run
 * @param folder the folder checked
 * @param filesChecked files whose hashes were recomputed
 * @param auditRecordFound whether the audit trail holds a record of the run with its outputs
 * @param discrepancies every difference found; empty when the folder is intact
 */
public record VerificationReport(
    String runId,
    Path folder,
    int filesChecked,
    boolean auditRecordFound,
    List<FileDiscrepancy> discrepancies) {

  public VerificationReport {
    discrepancies = List.copyOf(discrepancies);
  }

  /** Whether every file matches both the manifest and the audit trail. */
  public boolean isIntact() {
    return auditRecordFound && discrepancies.isEmpty();
  }
}
