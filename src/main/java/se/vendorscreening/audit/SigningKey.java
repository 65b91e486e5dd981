package se.vendorscreening.audit;

/**
 * The public half of the key that signs manifests, as a manifest names it.
 *
 * @param algorithm the signature algorithm ({@code Ed25519})
 * @param publicKeySha256 hex SHA-256 of the public key's X.509 (SubjectPublicKeyInfo) encoding,
 *     which is also the DER inside its PEM file
 */
public record SigningKey(String algorithm, String publicKeySha256) {}
