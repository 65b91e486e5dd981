package se.vendorscreening.audit;

import java.nio.file.Path;

/**
 * Recomputes a run folder's hashes and compares them with its manifest, checks the manifest's
 * signature, and compares the files with the audit trail or checks the signature with a public key
 * the user gives.
 */
public interface RunFolderVerification {

  /**
   * Verifies a run folder given as a path or as a run id (looked up in the audit trail, else under
   * the reports folder) against its manifest, this installation's signing key and the audit trail.
   *
   * @throws UnverifiableFolderException when no such folder exists or its manifest is unreadable
   */
  VerificationReport verify(String runIdOrFolder);

  /**
   * Verifies a run folder anywhere against its manifest and the manifest's signature with the given
   * public key (a PEM file), without the database.
   *
   * @throws UnverifiableFolderException when the folder, its manifest or the key is unreadable
   */
  VerificationReport verify(Path folder, Path publicKeyFile);
}
