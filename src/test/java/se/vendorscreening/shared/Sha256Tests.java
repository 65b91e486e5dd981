package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FIPS 180-2 test vectors, as text, bytes, a streamed file and an updated digest. */
class Sha256Tests {

  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @Test
  void hashesTextBytesFilesAndDigestsTheSame(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.UTF_8);
    var digest = Sha256.digest();
    digest.update("ab".getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 'c');

    assertThat(Sha256.of("abc")).isEqualTo(ABC);
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
    assertThat(Sha256.ofFile(file)).isEqualTo(ABC);
    assertThat(Sha256.hex(digest)).isEqualTo(ABC);
    assertThat(Sha256.hex(digest)).as("the digest is reset").isEqualTo(EMPTY);
    assertThat(Sha256.of("")).isEqualTo(EMPTY);
  }
}
