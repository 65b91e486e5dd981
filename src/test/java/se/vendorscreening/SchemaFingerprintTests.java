package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A start on a schema that these very migrations last migrated does not run Flyway; a changed
 * migration script is still refused by Flyway at the next start. On real H2 files.
 */
class SchemaFingerprintTests {

  @TempDir Path folder;

  private Flyway flyway(String scripts) {
    return Flyway.configure()
        .dataSource(
            new SimpleDriverDataSource(
                new org.h2.Driver(),
                "jdbc:h2:file:" + folder.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "sa",
                ""))
        .locations("classpath:fingerprint/" + scripts)
        .load();
  }

  private static FlywayMigrationStrategy strategy(boolean everyStart) {
    return new DatabaseMigrations().inOrderUnlessAnEarlierMigrationIsMissing(everyStart);
  }

  private JdbcTemplate jdbc(Flyway flyway) {
    return new JdbcTemplate(flyway.getConfiguration().getDataSource());
  }

  @Test
  void aFreshDatabaseIsMigratedAndKeepsTheFingerprintOfItsScripts() {
    Flyway flyway = flyway("before");

    strategy(false).migrate(flyway);

    assertThat(
            jdbc(flyway).queryForList("select fingerprint from schema_fingerprint", String.class))
        .containsExactly(SchemaFingerprint.of(flyway.getConfiguration()).orElseThrow())
        .allSatisfy(fingerprint -> assertThat(fingerprint).hasSize(64));
    assertThat(jdbc(flyway).queryForObject("select count(*) from thing", Integer.class)).isZero();
  }

  @Test
  void aCurrentSchemaIsNotHandedToFlywayAgain() {
    strategy(false).migrate(flyway("before"));
    // Flyway, finding tables but no history of them, would refuse to start.
    jdbc(flyway("before")).execute("alter table flyway_schema_history rename to hidden_history");

    strategy(false).migrate(flyway("before"));

    assertThat(jdbc(flyway("before")).queryForObject("select count(*) from thing", Integer.class))
        .isZero();
  }

  @Test
  void flywayChecksACurrentSchemaEveryStartWhenConfiguredTo() {
    strategy(false).migrate(flyway("before"));
    jdbc(flyway("before")).execute("alter table flyway_schema_history rename to hidden_history");

    assertThatThrownBy(() -> strategy(true).migrate(flyway("before")))
        .hasMessageContaining("no schema history table");
  }

  @Test
  void aChangedMigrationIsStillRefusedByFlyway() {
    Flyway before = flyway("before");
    strategy(false).migrate(before);
    String fingerprint = SchemaFingerprint.of(before.getConfiguration()).orElseThrow();

    Flyway changed = flyway("changed");
    assertThat(SchemaFingerprint.of(changed.getConfiguration())).get().isNotEqualTo(fingerprint);
    assertThatThrownBy(() -> strategy(false).migrate(changed))
        .isInstanceOf(FlywayValidateException.class)
        .hasMessageContaining("checksum mismatch")
        .hasMessageContaining("1");
    assertThat(
            jdbc(changed).queryForList("select fingerprint from schema_fingerprint", String.class))
        .containsExactly(fingerprint);
  }

  @Test
  void migrationsOnDiskAreCheckedByFlywayEveryStart() {
    Flyway onDisk =
        Flyway.configure()
            .dataSource("jdbc:h2:file:" + folder.resolve("db"), "sa", "")
            .locations("filesystem:" + folder)
            .load();

    assertThat(SchemaFingerprint.of(onDisk.getConfiguration())).isEmpty();
  }
}
