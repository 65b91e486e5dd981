package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import se.vendorscreening.shared.Sha256;

/** Computes hex SHA-256 hashes of files, streaming so that large reports need little memory. */
final class FileHashes {

  private FileHashes() {}

  static String sha256(Path file) {
    try {
      return Sha256.ofFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.getFileName(), e);
    }
  }
}
