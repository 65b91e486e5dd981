package se.vendorscreening.registry;

/**
 * One source a run's checks read, for the manifest.
 *
 * @param check the check, as in {@link Evidence#check()}
 * @param location a file path or a base URL
 * @param sha256 the file's SHA-256, or null for an HTTP registry
 * @param records records loaded from the file, or -1 for an HTTP registry
 */
public record RegistrySource(String check, String location, String sha256, long records) {}
