package se.vendorscreening.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.audit.SigningKey;

/**
 * The installation's manifest signing key in {@code <data dir>/keys/}: {@value #PRIVATE_FILE}
 * (PKCS#8 PEM, readable by its owner only) and {@value #PUBLIC_FILE} (X.509 PEM, the file to give
 * auditors). The pair is created the first time a manifest is signed, under a file lock so that two
 * processes sharing the data directory create one pair, not two.
 */
@Component
class ManifestKeys implements ManifestSigning {

  static final String PRIVATE_FILE = "manifest-signing.key";
  static final String PUBLIC_FILE = "manifest-signing.pub.pem";

  private static final Logger log = LoggerFactory.getLogger(ManifestKeys.class);
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Path directory;
  private volatile KeyPair pair;

  ManifestKeys(@Value("${screening.data-path}") Path dataDirectory) {
    this.directory = dataDirectory.resolve("keys");
  }

  @Override
  public SigningKey key() {
    return new SigningKey(Ed25519Keys.ALGORITHM, Ed25519Keys.fingerprint(pair().getPublic()));
  }

  @Override
  public Path sign(Path manifest) {
    try {
      byte[] signature = Ed25519Keys.sign(pair().getPrivate(), Files.readAllBytes(manifest));
      Path file = manifest.resolveSibling(SIGNATURE_FILE);
      Files.writeString(
          file, Base64.getEncoder().encodeToString(signature) + "\n", StandardCharsets.US_ASCII);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sign " + manifest, e);
    }
  }

  /** The public key of this installation, if it has signed anything yet; never creates one. */
  Optional<PublicKey> existingPublicKey() {
    Path file = directory.resolve(PUBLIC_FILE);
    if (pair != null) {
      return Optional.of(pair.getPublic());
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Ed25519Keys.readPublic(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Where the public key is, to name it in messages and docs. */
  Path publicKeyFile() {
    return directory.resolve(PUBLIC_FILE);
  }

  private KeyPair pair() {
    KeyPair loaded = pair;
    if (loaded == null) {
      synchronized (this) {
        if (pair == null) {
          pair = loadOrCreate();
        }
        loaded = pair;
      }
    }
    return loaded;
  }

  private KeyPair loadOrCreate() {
    try {
      createOwnerOnlyDirectory();
      try (FileChannel lockFile =
              FileChannel.open(
                  directory.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = lockFile.lock()) {
        Path privateFile = directory.resolve(PRIVATE_FILE);
        Path publicFile = directory.resolve(PUBLIC_FILE);
        if (Files.isRegularFile(privateFile)) {
          return load(privateFile, publicFile);
        }
        return create(privateFile, publicFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load or create the signing key in " + directory, e);
    }
  }

  private static KeyPair load(Path privateFile, Path publicFile) throws IOException {
    PrivateKey privateKey = Ed25519Keys.readPrivate(privateFile);
    PublicKey publicKey = Ed25519Keys.readPublic(publicFile);
    byte[] probe = "manifest signing key check".getBytes(StandardCharsets.US_ASCII);
    if (!Ed25519Keys.verify(publicKey, probe, Ed25519Keys.sign(privateKey, probe))) {
      throw new IllegalStateException(
          publicFile + " is not the public half of " + privateFile + ": restore the pair");
    }
    return new KeyPair(publicKey, privateKey);
  }

  /** Writes the public key first and the private key last: a private key file means a pair. */
  private KeyPair create(Path privateFile, Path publicFile) throws IOException {
    KeyPair created;
    try {
      created = KeyPairGenerator.getInstance(Ed25519Keys.ALGORITHM).generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(Ed25519Keys.ALGORITHM + " is missing from this JVM", e);
    }
    Path publicTemp = Files.createTempFile(directory, "public", ".tmp");
    Files.writeString(
        publicTemp, Ed25519Keys.publicPem(created.getPublic()), StandardCharsets.US_ASCII);
    if (POSIX) {
      Files.setPosixFilePermissions(publicTemp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.move(publicTemp, publicFile, StandardCopyOption.REPLACE_EXISTING);
    // readable by its owner only before a byte of the key is written to it
    Path privateTemp = Files.createTempFile(directory, "private", ".tmp");
    if (POSIX) {
      Files.setPosixFilePermissions(privateTemp, PosixFilePermissions.fromString("rw-------"));
    }
    Files.writeString(
        privateTemp, Ed25519Keys.privatePem(created.getPrivate()), StandardCharsets.US_ASCII);
    Files.move(privateTemp, privateFile, StandardCopyOption.ATOMIC_MOVE);
    log.info(
        "Created the manifest signing key {} (public key {}, sha256 {})",
        privateFile,
        publicFile,
        Ed25519Keys.fingerprint(created.getPublic()));
    return created;
  }

  private void createOwnerOnlyDirectory() throws IOException {
    Files.createDirectories(directory);
    if (POSIX) {
      Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
