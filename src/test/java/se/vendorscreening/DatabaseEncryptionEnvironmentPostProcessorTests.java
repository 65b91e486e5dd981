package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DatabaseEncryptionEnvironmentPostProcessorTests {

  @TempDir Path folder;

  @Test
  void encryptsTheEmbeddedDatabaseFileWithTheKeyFromTheEnvironment() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("screening") + ";MODE=PostgreSQL";
    StandardEnvironment environment =
        environment(
            Map.of(
                "spring.datasource.url", url,
                "spring.datasource.password", "",
                "SCREENING_DATABASE_ENCRYPTION_KEY", "nyckel-4711-hemlig"));

    new DatabaseEncryptionEnvironmentPostProcessor()
        .postProcessEnvironment(environment, new SpringApplication());

    String encryptedUrl = environment.getProperty("spring.datasource.url");
    String password = environment.getProperty("spring.datasource.password");
    assertThat(encryptedUrl).isEqualTo(url + ";CIPHER=AES");
    assertThat(password).isEqualTo("nyckel-4711-hemlig ");
    try (Connection connection = DriverManager.getConnection(encryptedUrl, "sa", password)) {
      connection.createStatement().execute("create table secret(name varchar(100))");
      connection.createStatement().execute("insert into secret values ('Jönssons Plattsättning')");
    }
    byte[] file = Files.readAllBytes(folder.resolve("screening.mv.db"));
    assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Platts");
    assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
        .isInstanceOf(SQLException.class);
  }

  @Test
  void leavesTheDatabaseAsItIsWithoutAKeyOrOnPostgres() {
    StandardEnvironment withoutKey =
        environment(Map.of("spring.datasource.url", "jdbc:h2:file:/tmp/x"));
    StandardEnvironment postgres =
        environment(
            Map.of(
                "spring.datasource.url", "jdbc:postgresql://127.0.0.1/test",
                "SCREENING_DATABASE_ENCRYPTION_KEY", "nyckel"));

    new DatabaseEncryptionEnvironmentPostProcessor()
        .postProcessEnvironment(withoutKey, new SpringApplication());
    new DatabaseEncryptionEnvironmentPostProcessor()
        .postProcessEnvironment(postgres, new SpringApplication());

    assertThat(withoutKey.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:file:/tmp/x");
    assertThat(postgres.getProperty("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://127.0.0.1/test");
  }

  @Test
  void refusesAKeyWithASpace() {
    StandardEnvironment environment =
        environment(
            Map.of(
                "spring.datasource.url", "jdbc:h2:file:/tmp/x",
                "SCREENING_DATABASE_ENCRYPTION_KEY", "två ord"));

    assertThatThrownBy(
            () ->
                new DatabaseEncryptionEnvironmentPostProcessor()
                    .postProcessEnvironment(environment, new SpringApplication()))
        .hasMessageContaining("must not contain a space");
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("environment", properties));
    return environment;
  }
}
