package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.audit.SignatureCheck;
import se.vendorscreening.audit.SignatureCheck.Status;

/** Checks the signature file of a run folder against its manifest's bytes. */
final class ManifestSignatures {

  private ManifestSignatures() {}

  /**
   * Checks the signature with a key the user gave: whatever key the manifest names, only a valid
   * signature of this key counts.
   */
  static SignatureCheck checkWith(PublicKey given, Path folder, RunManifest manifest) {
    String givenSha256 = Ed25519Keys.fingerprint(given);
    byte[] signature = signatureIn(folder);
    if (signature == null) {
      return new SignatureCheck(
          manifest.signingKeySha256() == null ? Status.UNSIGNED : Status.MISSING,
          manifest.signingKeySha256(),
          givenSha256);
    }
    return new SignatureCheck(
        Ed25519Keys.verify(given, manifest.bytes(), signature) ? Status.VALID : Status.INVALID,
        manifest.signingKeySha256(),
        givenSha256);
  }

  /**
   * Checks the signature with this installation's key when the manifest names that key (or none); a
   * manifest naming another key is left to {@code verify --public-key}.
   */
  static SignatureCheck checkWithLocal(PublicKey local, Path folder, RunManifest manifest) {
    String named = manifest.signingKeySha256();
    byte[] signature = signatureIn(folder);
    if (signature == null) {
      return new SignatureCheck(
          named == null ? Status.UNSIGNED : Status.MISSING, named, fingerprintOf(local));
    }
    if (local == null || (named != null && !named.equals(Ed25519Keys.fingerprint(local)))) {
      return new SignatureCheck(Status.UNKNOWN_KEY, named, fingerprintOf(local));
    }
    return checkWith(local, folder, manifest);
  }

  private static String fingerprintOf(PublicKey key) {
    return key == null ? null : Ed25519Keys.fingerprint(key);
  }

  /** The signature's bytes, or null when the folder has no signature file. */
  private static byte[] signatureIn(Path folder) {
    Path file = folder.resolve(ManifestSigning.SIGNATURE_FILE);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Base64.getMimeDecoder()
          .decode(Files.readString(file, StandardCharsets.ISO_8859_1).strip());
    } catch (IllegalArgumentException e) {
      // not Base64 at all: a signature that cannot match
      return new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
