package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} on an encrypted database file with the wrong key: one message in the user's
 * language, exit status 78, no stack trace on the terminal. Real H2 files, a real second JVM.
 */
class DatabaseKeyFailureTests {

  static final String RIGHT_KEY = "rätt-nyckel-2026";
  static final String WRONG_KEY = "fel-nyckel-2026";

  @TempDir Path dataDir;

  @Test
  void serveWithTheWrongKeySaysSoInSwedishAndStopsWithoutAStackTrace() throws Exception {
    encryptedDatabase(RIGHT_KEY);

    Outcome outcome = serve(WRONG_KEY, null);

    assertThat(outcome.status()).isEqualTo(DatabaseKeyFailure.EXIT_STATUS);
    assertThat(outcome.terminal())
        .containsExactly(
            "Databasfilen kan inte öppnas med nyckeln i SCREENING_DATABASE_ENCRYPTION_KEY:"
                + " nyckeln är fel, eller så är filen inte krypterad. Ange samma nyckel som filen"
                + " krypterades med (se docs/console.md). Detaljer finns i loggfilen.");
    assertThat(Files.readString(dataDir.resolve("logs/vendor-screening.log")))
        .as("the log file keeps the details")
        .contains("90049");
  }

  @Test
  void inEnglishWhenTheUserAsksForIt() throws Exception {
    encryptedDatabase(RIGHT_KEY);

    Outcome outcome = serve(WRONG_KEY, "en");

    assertThat(outcome.status()).isEqualTo(DatabaseKeyFailure.EXIT_STATUS);
    assertThat(outcome.terminal())
        .singleElement()
        .asString()
        .startsWith("The database file cannot be opened with the key in")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void anEncryptedFileWithoutAKeyAndAPlainFileWithAKeyAreExplainedToo() throws Exception {
    SQLException noKey = openingFails("jdbc:h2:file:" + encryptedDatabase(RIGHT_KEY), "sa", "");
    assertThat(
            DatabaseKeyFailure.explain(
                new IllegalStateException("start failed", noKey), false, Locale.ENGLISH))
        .hasValueSatisfying(message -> assertThat(message).contains("is not set"));

    Path plain = dataDir.resolve("plain/screening");
    try (Connection created = DriverManager.getConnection("jdbc:h2:file:" + plain, "sa", "")) {
      created.createStatement().execute("create table t (i int)");
    }
    SQLException keyOnPlain =
        openingFails("jdbc:h2:file:" + plain + ";CIPHER=AES", "sa", WRONG_KEY + " ");
    assertThat(DatabaseKeyFailure.explain(keyOnPlain, true, Locale.ENGLISH))
        .hasValueSatisfying(message -> assertThat(message).contains("the key is wrong"));
    assertThat(
            DatabaseKeyFailure.explain(
                new IllegalStateException(new SQLException("other", "08001", 90067)),
                true,
                Locale.ENGLISH))
        .isEmpty();
  }

  private Path encryptedDatabase(String key) throws SQLException {
    Path database = dataDir.resolve("screening");
    try (Connection created =
        DriverManager.getConnection("jdbc:h2:file:" + database + ";CIPHER=AES", "sa", key + " ")) {
      created.createStatement().execute("create table if not exists t (i int)");
    }
    return database;
  }

  private static SQLException openingFails(String url, String user, String password) {
    try (Connection opened = DriverManager.getConnection(url, user, password)) {
      throw new AssertionError("opened " + url);
    } catch (SQLException e) {
      return e;
    }
  }

  private Outcome serve(String key, String language) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dscreening.data-dir=" + dataDir);
    command.add("-Dserver.port=0");
    command.add(VendorScreeningApplication.class.getName());
    command.add("serve");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("SCREENING_DATABASE_ENCRYPTION_KEY", key);
    builder.environment().remove("SCREENING_LANG");
    if (language != null) {
      builder.environment().put("SCREENING_LANG", language);
    }
    Path terminal = dataDir.resolve("terminal.txt");
    builder.redirectOutput(terminal.toFile());
    Process process = builder.start();
    if (!process.waitFor(4, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("serve did not stop: " + Files.readString(terminal));
    }
    List<String> lines =
        Files.readAllLines(terminal, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            // the JVM's own notes (e.g. about the class data sharing archive) are not ours
            .filter(line -> !line.startsWith("OpenJDK") && !line.startsWith("Picked up"))
            .toList();
    return new Outcome(process.exitValue(), lines);
  }

  record Outcome(int status, List<String> terminal) {}
}
