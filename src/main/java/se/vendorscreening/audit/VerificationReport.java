package se.vendorscreening.audit;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of checking a run folder against its manifest, the manifest's signature and the audit
 * trail.
 *
 * @param runId the run
 * @param folder the folder checked
 * @param filesChecked files whose hashes were recomputed
 * @param signature what the check of the manifest's signature found
 * @param givenPublicKey whether the signature was checked with a public key the user gave, and the
 *     audit trail left out
 * @param auditRecordFound whether the audit trail holds a record of the run with its outputs
 * @param discrepancies every difference found; empty when the folder matches
 */
public record VerificationReport(
    String runId,
    Path folder,
    int filesChecked,
    SignatureCheck signature,
    boolean givenPublicKey,
    boolean auditRecordFound,
    List<FileDiscrepancy> discrepancies) {

  public VerificationReport {
    discrepancies = List.copyOf(discrepancies);
  }

  /** What the checks add up to. */
  public Outcome outcome() {
    if (!discrepancies.isEmpty() || signature.failed()) {
      return Outcome.MISMATCH;
    }
    if (givenPublicKey) {
      return signature.status() == SignatureCheck.Status.VALID
          ? Outcome.VERIFIED
          : Outcome.MISMATCH;
    }
    return auditRecordFound ? Outcome.VERIFIED : Outcome.NOT_RECORDED;
  }

  /** Whether every file matches and something the user trusts vouches for the manifest. */
  public boolean isIntact() {
    return outcome() == Outcome.VERIFIED;
  }

  /** What a verification adds up to. */
  public enum Outcome {
    /**
     * Every file matches the manifest, and the manifest is vouched for: by the audit trail, or by a
     * valid signature of the public key given.
     */
    VERIFIED,
    /**
     * Every file matches the manifest, but this database has no record of the run, so nothing here
     * vouches for the manifest itself (the folder was copied from elsewhere, or the database is
     * another one).
     */
    NOT_RECORDED,
    /**
     * A file differs from the manifest or the audit trail, is missing or extra, or the manifest's
     * signature does not verify: the folder is not what the run wrote.
     */
    MISMATCH
  }
}
