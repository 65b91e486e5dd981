package se.vendorscreening.intake;

/**
 * An input file of a run, for the manifest and the audit trail.
 *
 * @param path the path as given
 * @param sha256 hex SHA-256 of the file's bytes
 * @param rowsRead data rows read (the header not counted)
 * @param rowsRejected rows rejected
 */
public record InputFile(String path, String sha256, long rowsRead, long rowsRejected) {}
