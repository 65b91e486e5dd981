package se.vendorscreening.audit;

import java.nio.file.Path;

/**
 * Signs run manifests with the installation's Ed25519 key, kept in the data directory and created
 * on first use, so that an auditor holding the public key can trust a run folder without the
 * database (docs/verify.md).
 */
public interface ManifestSigning {

  /** The name of the signature file, next to {@code manifest.json} in a run folder. */
  String SIGNATURE_FILE = "manifest.sig";

  /** The key manifests are signed with; creates the key pair when there is none yet. */
  SigningKey key();

  /**
   * Signs the manifest's bytes as they are and writes the signature next to it.
   *
   * @return the signature file written ({@value #SIGNATURE_FILE})
   */
  Path sign(Path manifest);
}
