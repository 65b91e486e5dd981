package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import se.vendorscreening.VendorScreeningApplication;

/**
 * {@code verify} on a copy of a real run folder (the sample procurement screened by this test):
 * with the run's database, with another installation's database that has no record of it, and with
 * the public key alone; and what tampering with a file, the manifest or the key looks like.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyCommandIntegrationTests {

  @Autowired Cli cli;

  @Value("${screening.data-path}")
  Path dataPath;

  @TempDir static Path reports;
  @TempDir static Path otherInstallation;
  @TempDir static Path copies;

  private Path runFolder;
  private Path publicKey;
  private ConfigurableApplicationContext otherContext;
  private Cli otherCli;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final Locale defaultLocale = Locale.getDefault();

  @BeforeAll
  void screenTheSampleAndStartAnotherInstallation() throws IOException {
    Locale.setDefault(CommandLanguage.SWEDISH);
    int status = cli.execute(silent(), silent(), SampleCommandLines.screenSample(reports));
    assertThat(status).isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    try (Stream<Path> folders = Files.list(reports)) {
      runFolder = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    publicKey = dataPath.resolve("keys").resolve("manifest-signing.pub.pem");
    otherContext =
        new SpringApplicationBuilder(VendorScreeningApplication.class)
            .run(
                "--spring.profiles.active=test",
                "--screening.data-dir=" + otherInstallation.resolve("data"));
    otherCli = otherContext.getBean(Cli.class);
  }

  @AfterAll
  void stopTheOtherInstallation() {
    if (otherContext != null) {
      otherContext.close();
    }
  }

  @BeforeEach
  void commandsSpeakSwedishByDefaultToEmptyStreams() {
    Locale.setDefault(CommandLanguage.SWEDISH);
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  @Test
  void aCopyOfTheRunFolderVerifiesWithTheRunsDatabase() throws IOException {
    Path copy = copyOfRunFolder();

    int status = run(cli, "verify", copy.toString());

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .containsPattern("OK: alla \\d+ filer i körning " + runFolder.getFileName())
        .contains("stämmer med manifestet och granskningsloggen")
        .contains("Manifestets signatur är giltig (Ed25519, nyckel sha256 " + fingerprint() + ")");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aCopyOfTheRunFolderWithoutTheRunsDatabaseMatchesItsManifestButIsNotRecorded()
      throws IOException {
    Path copy = copyOfRunFolder();

    int status = run(otherCli, "verify", copy.toString());

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.NOT_RECORDED);
    assertThat(out.toString())
        .contains(
            "Filerna stämmer med sitt manifest, men den här databasen har ingen post om körning "
                + runFolder.getFileName())
        .contains(
            "signerat med en nyckel som den här installationen inte har (sha256 " + fingerprint())
        .contains("verify --public-key");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void saysTheSameInEnglishWithLangEn() throws IOException {
    Path copy = copyOfRunFolder();

    int status = run(otherCli, "verify", copy.toString(), "--lang", "en");

    assertThat(status).isEqualTo(ExitStatus.NOT_RECORDED);
    assertThat(out.toString())
        .contains(
            "The files match their manifest, but this database has no record of run "
                + runFolder.getFileName())
        .contains("signed with a key this installation does not hold");
  }

  @Test
  void aCopyOfTheRunFolderVerifiesWithThePublicKeyAloneOnAnotherInstallation() throws IOException {
    Path copy = copyOfRunFolder();
    Path auditorsKey = Files.copy(publicKey, otherInstallation.resolve("from-the-operator.pem"));

    int status = run(otherCli, "verify", copy.toString(), "--public-key", auditorsKey.toString());

    assertThat(status).as(err.toString()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .containsPattern("OK: alla \\d+ filer i körning " + runFolder.getFileName())
        .contains("signerat med den angivna nyckeln (sha256 " + fingerprint() + ")");
  }

  @Test
  void aChangedReportIsAMismatchWithTheDatabaseAndWithThePublicKey() throws IOException {
    Path copy = copyOfRunFolder();
    byte[] csv = Files.readAllBytes(copy.resolve("results.csv"));
    csv[csv.length - 3] ^= 1;
    Files.write(copy.resolve("results.csv"), csv);

    int withDatabase = run(cli, "verify", copy.toString());
    String withDatabaseErr = takeErr();
    int withKey = run(otherCli, "verify", copy.toString(), "--public-key", publicKey.toString());

    assertThat(withDatabase).isEqualTo(ExitStatus.MISMATCH);
    assertThat(withDatabaseErr)
        .contains("ÄNDRAD results.csv: innehållet skiljer sig från manifestet")
        .contains("ÄNDRAD results.csv: innehållet skiljer sig från granskningsloggen")
        .doesNotContain("report.pdf", "SIGNATUR");
    assertThat(withKey).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("ÄNDRAD results.csv: innehållet skiljer sig från manifestet")
        .contains("Manifestets signatur är giltig")
        .contains("stämmer INTE med sitt signerade manifest");
  }

  @Test
  void aManifestChangedToMatchAChangedReportFailsItsSignature() throws IOException {
    // given: results.csv changed and its new hash written into the manifest
    Path copy = copyOfRunFolder();
    Path results = copy.resolve("results.csv");
    String oldHash = RunFixtures.outputOf(copy, "results.csv").sha256();
    Files.writeString(
        results, Files.readString(results).replace(",EXCLUDE,", ",CLEAR,"), StandardCharsets.UTF_8);
    String newHash = RunFixtures.outputOf(copy, "results.csv").sha256();
    assertThat(newHash).isNotEqualTo(oldHash);
    Path manifest = copy.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replace(oldHash, newHash));

    // when
    int status = run(otherCli, "verify", copy.toString(), "--public-key", publicKey.toString());

    // then
    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("SIGNATUREN STÄMMER INTE: manifest.json har ändrats sedan det signerades")
        .doesNotContain("ÄNDRAD results.csv");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anotherPublicKeyDoesNotVerifyTheFolder() throws Exception {
    Path copy = copyOfRunFolder();
    Path otherKey = otherInstallation.resolve("other.pub.pem");
    Files.writeString(otherKey, pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()));

    int status = run(otherCli, "verify", copy.toString(), "--public-key", otherKey.toString());

    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains(
            "SIGNATUREN STÄMMER INTE: manifestet anger signeringsnyckel sha256 " + fingerprint())
        .contains("inte den angivna nyckeln");
  }

  @Test
  void aDeletedSignatureIsAMismatchEvenWhereTheRunIsRecorded() throws IOException {
    Path copy = copyOfRunFolder();
    Files.delete(copy.resolve("manifest.sig"));

    int status = run(cli, "verify", copy.toString());

    assertThat(status).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("SAKNAS manifest.sig: finns i granskningsloggen")
        .contains("SIGNATUR SAKNAS: manifestet anger signeringsnyckel sha256 " + fingerprint());
  }

  @Test
  void verifyWithThePublicKeyIsAnsweredBeforeAnyApplicationStarts() throws IOException {
    Path copy = copyOfRunFolder();

    CommandLineTriage.Triage triage =
        CommandLineTriage.of(
            new String[] {
              "verify", copy.toString(), "--public-key", publicKey.toString(), "--lang", "en"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(triage.answered()).isTrue();
    assertThat(triage.answeredWith()).as(err.toString()).isEqualTo(ExitStatus.OK);
    assertThat(out.toString())
        .containsPattern("OK: all \\d+ files of run " + runFolder.getFileName())
        .contains("the manifest is signed with the given key (sha256 " + fingerprint() + ")");
  }

  @Test
  void aChangedManifestIsAMismatchBeforeAnyApplicationStartsToo() throws IOException {
    Path copy = copyOfRunFolder();
    Path manifest = copy.resolve("manifest.json");
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replaceFirst("\"actor\" : \"[^\"]*\"", "\"actor\" : \"someone else\""));

    CommandLineTriage.Triage triage =
        CommandLineTriage.of(
            new String[] {"verify", copy.toString(), "--public-key", publicKey.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(triage.answeredWith()).isEqualTo(ExitStatus.MISMATCH);
    assertThat(err.toString())
        .contains("SIGNATUREN STÄMMER INTE: manifest.json har ändrats sedan det signerades");
  }

  @Test
  void verifyWithoutThePublicKeyNeedsTheApplicationAndItsDatabase() {
    CommandLineTriage.Triage triage =
        CommandLineTriage.of(
            new String[] {"verify", runFolder.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));

    assertThat(triage.answered()).isFalse();
    assertThat(triage.command()).isEqualTo("verify");
    assertThat(out.toString() + err.toString()).isEmpty();
  }

  @Test
  void aFileThatIsNoKeyIsAClearFailureNotAMismatch() throws IOException {
    Path copy = copyOfRunFolder();

    int status =
        run(
            otherCli,
            "verify",
            copy.toString(),
            "--public-key",
            copy.resolve("results.csv").toString());

    assertThat(status).isEqualTo(ExitStatus.FAILED);
    assertThat(err.toString()).startsWith("Kan inte kontrollera").contains("results.csv");
  }

  @Test
  void keepsThePrivateKeyReadableByItsOwnerOnlyAndThePublicKeyAsPem() throws IOException {
    Path keys = dataPath.resolve("keys");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("manifest-signing.key"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(keys.resolve("manifest-signing.key")))
        .startsWith("-----BEGIN PRIVATE KEY-----\n");
    assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----\n");
  }

  private int run(Cli target, String... args) {
    return target.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private String takeErr() {
    String text = err.toString();
    err.getBuffer().setLength(0);
    out.getBuffer().setLength(0);
    return text;
  }

  /** A copy of the run folder elsewhere, as an auditor's archive holds it. */
  private Path copyOfRunFolder() throws IOException {
    Path copy = Files.createTempDirectory(copies, "archived-").resolve(runFolder.getFileName());
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(runFolder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return copy;
  }

  private String fingerprint() throws IOException {
    String pem = Files.readString(publicKey);
    byte[] der =
        Base64.getMimeDecoder()
            .decode(
                pem.replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", ""));
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(java.security.KeyPair pair) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  private static PrintWriter silent() {
    return new PrintWriter(new StringWriter());
  }
}
