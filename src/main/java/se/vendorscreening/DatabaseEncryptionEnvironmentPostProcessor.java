package se.vendorscreening;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Encrypts the embedded H2 database file at rest (H2's {@code CIPHER=AES}) when a key is configured
 * ({@code SCREENING_DATABASE_ENCRYPTION_KEY}, only from the environment). H2 takes the file key as
 * the first word of the password, so the key may not contain a space. A database created without
 * the key cannot be opened with it (and the other way round): encrypt an existing one with H2's
 * {@code ChangeFileEncryption} tool first (docs/console.md).
 */
class DatabaseEncryptionEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String KEY = "screening.database.encryption-key";
  static final String URL = "spring.datasource.url";
  static final String PASSWORD = "spring.datasource.password";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String key = environment.getProperty(KEY);
    if (key == null || key.isBlank()) {
      return;
    }
    String url = environment.getProperty(URL);
    if (!isUnencryptedH2File(url)) {
      return;
    }
    if (key.strip().contains(" ")) {
      throw new IllegalStateException(
          "SCREENING_DATABASE_ENCRYPTION_KEY must not contain a space (H2 separates the file key"
              + " from the user password with one)");
    }
    String password = environment.getProperty(PASSWORD, "");
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "databaseEncryption",
                Map.of(URL, url + ";CIPHER=AES", PASSWORD, key.strip() + " " + password)));
  }

  /** Whether the URL names an embedded H2 file database that is not yet encrypted. */
  static boolean isUnencryptedH2File(String url) {
    return url != null
        && url.startsWith("jdbc:h2:file:")
        && !url.toUpperCase(Locale.ROOT).contains(";CIPHER=");
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
