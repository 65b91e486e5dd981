package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A database that the first release created (migrated up to V40) starts with this one: the
 * migrations added since, V11 among them although its version is lower than V40, are applied.
 */
@SpringBootTest
class DatabaseUpgradeTests {

  @TempDir static Path folder;

  /** The first release's migrations: those up to V40, V11 not yet among them. */
  private static final List<String> FIRST_RELEASE =
      List.of(
          "h2/V1__spring_batch.sql",
          "h2/V2__quartz.sql",
          "common/V10__intake_register.sql",
          "common/V20__registry_evidence.sql",
          "common/V30__screening_runs.sql",
          "common/V40__audit_trail.sql");

  @DynamicPropertySource
  static void databaseOfTheFirstRelease(DynamicPropertyRegistry properties) throws IOException {
    Path migrations = Files.createDirectories(folder.resolve("first-release-migrations"));
    for (String migration : FIRST_RELEASE) {
      Files.writeString(
          migrations.resolve(Path.of(migration).getFileName()),
          new ClassPathResource("db/migration/" + migration)
              .getContentAsString(StandardCharsets.UTF_8));
    }
    String url =
        "jdbc:h2:file:"
            + folder.resolve("first-release")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("filesystem:" + migrations)
        .load()
        .migrate();
    properties.add("spring.datasource.url", () -> url);
  }

  @Autowired JdbcTemplate jdbc;

  @Test
  void theMigrationsAddedSinceTheFirstReleaseAreAppliedOnStart() {
    assertThat(
            jdbc.queryForList(
                "select \"version\" from flyway_schema_history where \"success\" = true",
                String.class))
        .contains("1", "2", "10", "20", "30", "40", "11", "60", "61");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.tables"
                    + " where table_name = 'intake_import_representative'",
                Long.class))
        .as("V11 dropped the table the first release had")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from information_schema.indexes"
                    + " where index_name = 'screening_party_result_decision'",
                Long.class))
        .isPositive();
  }
}
