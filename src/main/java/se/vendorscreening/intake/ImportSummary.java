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
 * @param rowsRejected all rejected rows of all files
 */
public record ImportSummary(
    String importId,
    List<InputFile> inputs,
    long partiesImported,
    long representativesImported,
    long rowsRejected) {}
