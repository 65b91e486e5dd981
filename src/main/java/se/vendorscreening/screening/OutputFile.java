package se.vendorscreening.screening;

/**
 * A file a run wrote, for the manifest and the audit trail.
 *
 * @param name the file's name within the run folder
 * @param sha256 hex SHA-256 of its bytes
 * @param bytes its size
 */
public record OutputFile(String name, String sha256, long bytes) {}
