package se.vendorscreening.registry.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a check's extract in the registries folder: {@code <name>.csv}, else {@code .xlsx}. */
final class ExtractFiles {

  private ExtractFiles() {}

  static Path find(Path dir, String baseName) {
    for (String extension : new String[] {".csv", ".xlsx"}) {
      Path file = dir.resolve(baseName + extension);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }
}
