package se.vendorscreening.audit;

import java.nio.file.Path;
import se.vendorscreening.audit.internal.KeyOnlyVerification;

/**
 * {@code verify --public-key} before any application starts: a run folder checked against its
 * manifest and the manifest's signature, with no database, settings or data directory involved.
 */
public final class RunFolderSignatures {

  private RunFolderSignatures() {}

  /**
   * Verifies a run folder anywhere with the given public key (a PEM file).
   *
   * @throws UnverifiableFolderException when the folder, its manifest or the key is unreadable
   */
  public static VerificationReport verify(Path folder, Path publicKeyFile) {
    return KeyOnlyVerification.verify(folder, publicKeyFile);
  }
}
