package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded database readable by its owner only (directory 0700, files 0600) where the
 * file system is POSIX: it holds conviction data. Done once the database exists and before any
 * command runs.
 */
@Component
class DataDirectoryPermissions {

  static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private static final Logger log = LoggerFactory.getLogger(DataDirectoryPermissions.class);

  private final Environment environment;

  DataDirectoryPermissions(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationStartedEvent.class)
  void restrictEmbeddedDatabase() {
    String url = environment.getProperty("spring.datasource.url", "");
    String dataPath = environment.getProperty("screening.data-path");
    if (!url.startsWith("jdbc:h2:file:") || dataPath == null) {
      return;
    }
    restrict(Path.of(dataPath));
  }

  static void restrict(Path directory) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        || !Files.isDirectory(directory)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      log.warn("Could not make {} readable by its owner only: {}", directory, e.toString());
    }
  }
}
