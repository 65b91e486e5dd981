package se.vendorscreening.registry.internal;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A registry extract that was read: where it is, its SHA-256 and when it was loaded.
 *
 * @param path the file
 * @param sha256 hex SHA-256 of the file's bytes
 * @param loadedAt when it was read (the retrieval time of every answer from it)
 */
record ExtractFile(Path path, String sha256, Instant loadedAt) {

  String fileName() {
    return path.getFileName().toString();
  }
}
