package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import se.vendorscreening.shared.Sha256;

/**
 * Ed25519 with the JDK's own provider: keys as PEM files (PKCS#8 private, X.509 public, as OpenSSL
 * writes and reads them), signatures over a file's bytes, and a key's fingerprint.
 */
final class Ed25519Keys {

  static final String ALGORITHM = "Ed25519";

  private static final String PUBLIC_LABEL = "PUBLIC KEY";
  private static final String PRIVATE_LABEL = "PRIVATE KEY";

  private Ed25519Keys() {}

  /** Hex SHA-256 of the key's X.509 encoding: the same bytes as the DER inside its PEM file. */
  static String fingerprint(PublicKey key) {
    return Sha256.of(key.getEncoded());
  }

  static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
    }
  }

  /** Whether the signature is the key's over exactly these bytes; a malformed one is not. */
  static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(ALGORITHM);
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (SignatureException | InvalidKeyException e) {
      return false;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JVM", e);
    }
  }

  static String publicPem(PublicKey key) {
    return pem(PUBLIC_LABEL, key.getEncoded());
  }

  static String privatePem(PrivateKey key) {
    return pem(PRIVATE_LABEL, key.getEncoded());
  }

  /**
   * Reads an Ed25519 public key from a PEM file ({@code -----BEGIN PUBLIC KEY-----}).
   *
   * @throws IllegalArgumentException when the file holds no such key
   */
  static PublicKey readPublic(Path file) throws IOException {
    byte[] der = der(file, PUBLIC_LABEL);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("no " + ALGORITHM + " public key in " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JVM", e);
    }
  }

  static PrivateKey readPrivate(Path file) throws IOException {
    byte[] der = der(file, PRIVATE_LABEL);
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (InvalidKeySpecException e) {
      throw new IllegalArgumentException("no " + ALGORITHM + " private key in " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JVM", e);
    }
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN "
        + label
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + label
        + "-----\n";
  }

  private static byte[] der(Path file, String label) throws IOException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + begin + " block in " + file);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("damaged " + label + " block in " + file, e);
    }
  }
}
