package se.vendorscreening.registry;

import java.nio.file.Path;

/**
 * One source a run's checks read, for the manifest.
 *
 * @param check the check, as in {@link Evidence#check()}
 * @param location a file path or a base URL
 * @param sha256 the file's SHA-256, or null for an HTTP registry
 * @param records records loaded from the file, or -1 for an HTTP registry
 * @param extractDate the date of the data as the extract gives it (ISO {@code YYYY-MM-DD}, its
 *     optional {@code extract_date} column: docs/registries.md), or null when it gives none
 * @param fileModified the day the file was last modified when the run read it (ISO), or null for an
 *     HTTP registry
 */
public record RegistrySource(
    String check,
    String location,
    String sha256,
    long records,
    String extractDate,
    String fileModified) {

  /** What a missing extract's location ends with (the expected file, then this). */
  private static final String MISSING = " (missing)";

  /**
   * An extract file that is not in the registries folder: its check cannot be done, so every party
   * is INCOMPLETE for it.
   *
   * @param expected the file the run looked for
   */
  public static RegistrySource missing(String check, Path expected) {
    return new RegistrySource(check, expected + MISSING, null, 0);
  }

  /** Whether this is an extract file the run looked for and did not find. */
  public boolean isMissing() {
    return sha256 == null && records == 0 && location.endsWith(MISSING);
  }

  /** The file a missing extract was looked for as, or the location itself. */
  public String expectedLocation() {
    return isMissing() ? location.substring(0, location.length() - MISSING.length()) : location;
  }

  /** A source whose data carries no date of its own: an HTTP registry, or a run recorded before. */
  public RegistrySource(String check, String location, String sha256, long records) {
    this(check, location, sha256, records, null, null);
  }
}
