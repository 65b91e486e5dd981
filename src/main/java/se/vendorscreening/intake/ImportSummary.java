package se.vendorscreening.intake;

import java.util.List;

/**
 * What one import read and kept.
 *
 * @param importId the id the import was started with (a run id when part of a screening)
 * @param inputs the files read, with hashes and counts
 * @param partiesImported vendors and subcontractors added or updated
 * @param representativesImported representative rows added or updated (rows read less rows
 *     rejected)
 * @param rowsRejected rows rejected as a whole, in all files
 * @param fieldsIgnored fields ignored in rows that were otherwise imported (a bad contract date,
 *     amount, status, or a contract without a number)
 */
public record ImportSummary(
    String importId,
    List<InputFile> inputs,
    long partiesImported,
    long representativesImported,
    long rowsRejected,
    long fieldsIgnored) {

  /** Lines of {@code rejected-rows.csv}: rejected rows and ignored fields. */
  public long problems() {
    return rowsRejected + fieldsIgnored;
  }
}
