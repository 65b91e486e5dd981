package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.audit.SigningKey;

/** Signs manifests as the audit module does, with an Ed25519 key pair held in memory. */
final class InMemoryManifestSigning implements ManifestSigning {

  private final KeyPair pair;

  InMemoryManifestSigning() {
    try {
      pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  PublicKey publicKey() {
    return pair.getPublic();
  }

  @Override
  public SigningKey key() {
    try {
      return new SigningKey(
          "Ed25519",
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Path sign(Path manifest) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(pair.getPrivate());
      signature.update(Files.readAllBytes(manifest));
      Path file = manifest.resolveSibling(SIGNATURE_FILE);
      Files.writeString(file, Base64.getEncoder().encodeToString(signature.sign()) + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
