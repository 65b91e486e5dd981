package se.vendorscreening.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files of a run folder under the reports folder, offered for download by name; only a name
 * that the folder's own listing holds is served, so no path can leave the folder.
 */
@Component
class RunFiles {

  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9._-]+");

  private final Path reportsDir;

  RunFiles(@Value("${screening.reports-dir:./reports}") Path reportsDir) {
    this.reportsDir = reportsDir;
  }

  /** The run folder's files by name (empty when the folder is not under the reports folder). */
  List<String> of(String runId) {
    Optional<Path> folder = folder(runId);
    if (folder.isEmpty()) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder.get())) {
      return entries
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of that name in the run folder, if the folder lists one. */
  Optional<Path> file(String runId, String name) {
    return of(runId).contains(name) ? folder(runId).map(f -> f.resolve(name)) : Optional.empty();
  }

  /** The run folder, if there is one. */
  Optional<Path> folder(String runId) {
    if (runId == null || !RUN_ID.matcher(runId).matches() || runId.startsWith(".")) {
      return Optional.empty();
    }
    Path folder = reportsDir.resolve(runId);
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }
}
