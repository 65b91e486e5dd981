package se.vendorscreening.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Unpacks a run folder an auditor uploads as a zip file into a folder of its own under the data
 * directory, so that it can be verified like a folder on disk, and removes it afterwards. Entries
 * that would land outside that folder, too many entries and too many bytes are refused.
 */
@Component
class RunFolderUploads {

  static final int MAX_ENTRIES = 10_000;
  static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

  private final Path uploads;

  RunFolderUploads(@Value("${screening.data-path}") Path dataPath) {
    this.uploads = dataPath.resolve("console-uploads");
  }

  /**
   * Unpacks the zip file and returns the run folder in it: the folder that holds {@code
   * manifest.json} (the zip's root, or its one top folder).
   *
   * @throws InvalidUploadException when it is not a zip file or not a run folder
   */
  Path unpack(InputStream zip) throws IOException {
    Path target = Files.createDirectories(uploads.resolve("verify-" + UUID.randomUUID()));
    int entries = 0;
    long bytes = 0;
    try (ZipInputStream in = new ZipInputStream(zip)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new InvalidUploadException("web.verify.upload.tooLarge");
        }
        Path file = target.resolve(entry.getName()).normalize();
        if (!file.startsWith(target) || file.equals(target)) {
          throw new InvalidUploadException("web.verify.upload.notAZip");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(file);
          continue;
        }
        Files.createDirectories(file.getParent());
        bytes += Files.copy(in, file);
        if (bytes > MAX_BYTES) {
          throw new InvalidUploadException("web.verify.upload.tooLarge");
        }
      }
    } catch (IOException e) {
      remove(target);
      throw e;
    }
    if (entries == 0) {
      remove(target);
      throw new InvalidUploadException("web.verify.upload.notAZip");
    }
    Path folder = runFolderIn(target);
    if (folder == null) {
      remove(target);
      throw new InvalidUploadException("web.verify.upload.noManifest");
    }
    return folder;
  }

  /** Removes an unpacked upload (the folder {@link #unpack} returned, or the one above it). */
  void remove(Path unpacked) {
    Path root = unpacked;
    while (root.getParent() != null && !root.getParent().equals(uploads)) {
      root = root.getParent();
    }
    if (!root.getParent().equals(uploads) || !root.getFileName().toString().startsWith("verify-")) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(RunFolderUploads::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path runFolderIn(Path target) throws IOException {
    if (Files.isRegularFile(target.resolve("manifest.json"))) {
      return target;
    }
    try (Stream<Path> children = Files.list(target)) {
      var folders = children.filter(Files::isDirectory).toList();
      if (folders.size() == 1 && Files.isRegularFile(folders.get(0).resolve("manifest.json"))) {
        return folders.get(0);
      }
    }
    return null;
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An upload that is not a zip file of a run folder; the message key says why. */
  static final class InvalidUploadException extends IOException {

    private static final long serialVersionUID = 1L;

    InvalidUploadException(String messageKey) {
      super(messageKey);
    }

    String messageKey() {
      return getMessage();
    }
  }
}
