package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.audit.SigningKey;

class ManifestKeysTests {

  @TempDir Path data;

  @Test
  void createsTheKeyPairOnFirstUseOnlyAndKeepsThePrivateKeyToItsOwner() throws Exception {
    // given
    ManifestKeys keys = new ManifestKeys(data);
    assertThat(keys.existingPublicKey()).isEmpty();
    assertThat(data.resolve("keys")).doesNotExist();

    // when
    SigningKey key = keys.key();

    // then
    Path privateKey = data.resolve("keys/manifest-signing.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys"))))
        .isEqualTo("rwx------");
    assertThat(key.algorithm()).isEqualTo("Ed25519");
    assertThat(key.publicKeySha256())
        .isEqualTo(Ed25519Keys.fingerprint(Ed25519Keys.readPublic(keys.publicKeyFile())));
  }

  @Test
  void anotherProcessOnTheSameDataDirectorySignsWithTheSameKey() throws Exception {
    // given
    Path manifest = Files.writeString(data.resolve("manifest.json"), "{\"run_id\":\"r1\"}\n");
    SigningKey first = new ManifestKeys(data).key();

    // when
    ManifestKeys later = new ManifestKeys(data);
    Path signature = later.sign(manifest);

    // then
    assertThat(later.key()).isEqualTo(first);
    byte[] bytes = Base64.getDecoder().decode(Files.readString(signature).strip());
    assertThat(bytes).hasSize(64);
    assertThat(
            Ed25519Keys.verify(
                later.existingPublicKey().orElseThrow(), Files.readAllBytes(manifest), bytes))
        .isTrue();
    assertThat(
            Ed25519Keys.verify(
                later.existingPublicKey().orElseThrow(), "{\"run_id\":\"r2\"}\n".getBytes(), bytes))
        .isFalse();
  }

  @Test
  void refusesAPublicKeyFileThatIsNotThePrivateKeysOwnHalf() throws Exception {
    // given a pair, and its public key replaced by another one
    new ManifestKeys(data).key();
    Files.writeString(
        data.resolve("keys/manifest-signing.pub.pem"),
        Ed25519Keys.publicPem(
            KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));

    // when / then
    assertThatThrownBy(() -> new ManifestKeys(data).key())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not the public half of");
  }
}
