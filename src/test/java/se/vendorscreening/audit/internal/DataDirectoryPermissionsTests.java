package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DataDirectoryPermissionsTests {

  @Value("${screening.data-path}")
  Path dataPath;

  @Test
  void theEmbeddedDatabaseIsReadableByItsOwnerOnlyAfterStartUp() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataPath)))
        .isEqualTo("rwx------");
    try (var files = Files.list(dataPath)) {
      assertThat(files.filter(f -> f.toString().endsWith(".mv.db")).toList())
          .isNotEmpty()
          .allSatisfy(
              file ->
                  assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                      .isEqualTo("rw-------"));
    }
  }

  @Test
  void restrictingAFolderLeavesItsSubfoldersAlone(@TempDir Path folder) throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path database = Files.writeString(folder.resolve("screening.mv.db"), "data");
    Path sub = Files.createDirectory(folder.resolve("work"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));

    DataDirectoryPermissions.restrict(folder);

    assertThat(Files.getPosixFilePermissions(folder))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(database))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.isDirectory(sub)).isTrue();
  }
}
