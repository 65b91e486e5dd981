package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.audit.SignatureCheck;
import se.vendorscreening.audit.SignatureCheck.Status;

class ManifestSignaturesTests {

  private static final byte[] MANIFEST =
      "{\"run_id\":\"20261128-020000-screen-7\"}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path folder;

  private final KeyPair installation = newPair();
  private final KeyPair another = newPair();

  @Test
  void aSignatureOfTheLocalKeyOverTheManifestAsItIsIsValid() throws Exception {
    sign(installation);

    SignatureCheck check =
        ManifestSignatures.checkWithLocal(installation.getPublic(), folder, naming(installation));

    assertThat(check.status()).isEqualTo(Status.VALID);
    assertThat(check.failed()).isFalse();
  }

  @Test
  void aManifestChangedAfterSigningIsInvalid() throws Exception {
    sign(installation);
    RunManifest changed =
        new RunManifest(
            "20261128-020000-screen-7",
            List.of(),
            "{\"run_id\":\"20261128-020000-screen-8\"}\n".getBytes(StandardCharsets.UTF_8),
            fingerprint(installation));

    SignatureCheck check =
        ManifestSignatures.checkWithLocal(installation.getPublic(), folder, changed);

    assertThat(check.status()).isEqualTo(Status.INVALID);
    assertThat(check.failed()).isTrue();
  }

  @Test
  void aManifestNamingAnotherKeyIsLeftToThePublicKeyCheckNotFailed() throws Exception {
    sign(another);

    SignatureCheck local =
        ManifestSignatures.checkWithLocal(installation.getPublic(), folder, naming(another));
    SignatureCheck noLocalKeyYet = ManifestSignatures.checkWithLocal(null, folder, naming(another));
    SignatureCheck withItsKey =
        ManifestSignatures.checkWith(another.getPublic(), folder, naming(another));

    assertThat(local.status()).isEqualTo(Status.UNKNOWN_KEY);
    assertThat(local.failed()).isFalse();
    assertThat(noLocalKeyYet.status()).isEqualTo(Status.UNKNOWN_KEY);
    assertThat(withItsKey.status()).isEqualTo(Status.VALID);
  }

  @Test
  void aGivenKeyCountsOnlyWithItsOwnValidSignatureWhateverKeyTheManifestNames() throws Exception {
    sign(another);

    SignatureCheck check =
        ManifestSignatures.checkWith(installation.getPublic(), folder, naming(installation));

    assertThat(check.status()).isEqualTo(Status.INVALID);
  }

  @Test
  void aDeletedSignatureIsMissingAndAnOldManifestWithoutAKeyIsUnsigned() {
    SignatureCheck deleted =
        ManifestSignatures.checkWithLocal(installation.getPublic(), folder, naming(installation));
    SignatureCheck old =
        ManifestSignatures.checkWithLocal(
            installation.getPublic(),
            folder,
            new RunManifest("20261128-020000-screen-7", List.of(), MANIFEST, null));

    assertThat(deleted.status()).isEqualTo(Status.MISSING);
    assertThat(deleted.failed()).isTrue();
    assertThat(old.status()).isEqualTo(Status.UNSIGNED);
    assertThat(old.failed()).isFalse();
  }

  @Test
  void aSignatureFileThatIsNoBase64IsInvalid() throws Exception {
    Files.writeString(folder.resolve("manifest.sig"), "not a signature!\n");

    assertThat(
            ManifestSignatures.checkWith(installation.getPublic(), folder, naming(installation))
                .status())
        .isEqualTo(Status.INVALID);
  }

  private RunManifest naming(KeyPair pair) {
    return new RunManifest("20261128-020000-screen-7", List.of(), MANIFEST, fingerprint(pair));
  }

  private void sign(KeyPair pair) throws Exception {
    Files.writeString(
        folder.resolve("manifest.sig"),
        Base64.getEncoder().encodeToString(Ed25519Keys.sign(pair.getPrivate(), MANIFEST)) + "\n");
  }

  private static String fingerprint(KeyPair pair) {
    return Ed25519Keys.fingerprint(pair.getPublic());
  }

  private static KeyPair newPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
