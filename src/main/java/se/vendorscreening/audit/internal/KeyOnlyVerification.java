package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.vendorscreening.audit.FileDiscrepancy;
import se.vendorscreening.audit.FileDiscrepancy.Reference;
import se.vendorscreening.audit.UnverifiableFolderException;
import se.vendorscreening.audit.UnverifiableFolderException.Reason;
import se.vendorscreening.audit.VerificationReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a run folder with a public key alone: its files against its manifest, and the manifest's
 * signature against the key. Needs neither the database nor the application context, so an auditor
 * can run it on any machine (docs/verify.md).
 */
public final class KeyOnlyVerification {

  private KeyOnlyVerification() {}

  /**
   * Verifies the folder against its manifest and the manifest's signature with the key.
   *
   * @throws UnverifiableFolderException when the folder, its manifest or the key is unreadable
   */
  public static VerificationReport verify(Path folder, Path publicKeyFile) {
    return verify(folder, publicKeyFile, JsonMapper.builder().build());
  }

  static VerificationReport verify(Path folder, Path publicKeyFile, JsonMapper json) {
    if (!Files.isDirectory(folder)) {
      throw new UnverifiableFolderException(
          Reason.NO_FOLDER, folder.toString(), "no run folder " + folder);
    }
    PublicKey key;
    try {
      key = Ed25519Keys.readPublic(publicKeyFile);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnverifiableFolderException(
          Reason.UNREADABLE_KEY,
          publicKeyFile.toString(),
          "cannot read the public key " + publicKeyFile,
          e);
    }
    Path absolute = folder.toAbsolutePath().normalize();
    RunManifest manifest = RunManifest.read(absolute, json);
    Map<String, String> actual = RunFolderVerifier.hashesOf(absolute);
    List<FileDiscrepancy> discrepancies = new ArrayList<>();
    RunFolderVerifier.compare(manifest.outputs(), actual, Reference.MANIFEST, discrepancies);
    return new VerificationReport(
        manifest.runId(),
        absolute,
        actual.size(),
        ManifestSignatures.checkWith(key, absolute, manifest),
        true,
        false,
        discrepancies);
  }
}
