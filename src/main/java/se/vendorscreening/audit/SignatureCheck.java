package se.vendorscreening.audit;

/**
 * What the check of a manifest's signature found.
 *
 * @param status the finding
 * @param namedKeySha256 the fingerprint of the key the manifest names, or null when it names none
 * @param checkedKeySha256 the fingerprint of the key the signature was checked with, or null when
 *     there was none to check with
 */
public record SignatureCheck(Status status, String namedKeySha256, String checkedKeySha256) {

  /** The finding of a signature check. */
  public enum Status {
    /** The signature is the checked key's over the manifest's bytes as they are. */
    VALID,
    /**
     * The signature does not match: the manifest changed after it was signed, or another key signed
     * it.
     */
    INVALID,
    /** The manifest names a signing key, but the folder has no signature file. */
    MISSING,
    /** Neither a signature file nor a signing key: written before manifests were signed. */
    UNSIGNED,
    /**
     * Signed with a key this installation does not hold (another installation's, or one replaced
     * since): not checked; {@code verify --public-key} checks it.
     */
    UNKNOWN_KEY
  }

  /** Whether the signature shows that the manifest was changed or forged. */
  public boolean failed() {
    return status == Status.INVALID || status == Status.MISSING;
  }
}
