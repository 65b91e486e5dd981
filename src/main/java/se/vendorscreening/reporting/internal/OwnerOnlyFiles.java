package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Set;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.shared.Sha256;

/**
 * Run folders hold personal data about offences: the folder is readable by its owner only (0700,
 * files 0600) wherever the file system knows POSIX permissions.
 */
final class OwnerOnlyFiles {

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnlyFiles() {}

  /** Creates the folder (and missing parents) and restricts it to its owner. */
  static Path createFolder(Path folder) throws IOException {
    Files.createDirectories(folder);
    if (POSIX) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
    return folder;
  }

  /** Restricts a written file to its owner and returns its name, hash and size. */
  static OutputFile seal(Path file) throws IOException {
    return seal(file, file.getFileName().toString());
  }

  /** As {@link #seal(Path)}, named by its path within the run folder, e.g. certificates/x.pdf. */
  static OutputFile seal(Path file, String name) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return new OutputFile(name, sha256(file), Files.size(file));
  }

  /**
   * Writes a document made in memory, restricted to its owner from its creation, and returns its
   * name, hash and size from the bytes (not read back from the disk).
   */
  static OutputFile write(Path file, String name, byte[] bytes) throws IOException {
    return write(file, name, bytes, bytes.length);
  }

  /** As {@link #write(Path, String, byte[])}, of the first {@code length} bytes of the array. */
  static OutputFile write(Path file, String name, byte[] bytes, int length) throws IOException {
    SeekableByteChannel created;
    try {
      created = createNew(file);
    } catch (FileAlreadyExistsException there) {
      // deleted first only when there: a run folder's files are new, and the look-up for a file
      // that is not there was a sixth of writing one
      Files.delete(file);
      created = createNew(file);
    }
    try (SeekableByteChannel channel = created) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
    MessageDigest digest = Sha256.digest();
    digest.update(bytes, 0, length);
    return new OutputFile(name, Sha256.hex(digest), length);
  }

  /** A new file, readable by its owner only from its creation; fails if the file is there. */
  private static SeekableByteChannel createNew(Path file) throws IOException {
    Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return POSIX
        ? Files.newByteChannel(file, options, OWNER_ONLY_FILE)
        : Files.newByteChannel(file, options);
  }

  private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  static String sha256(Path file) throws IOException {
    return Sha256.ofFile(file);
  }
}
