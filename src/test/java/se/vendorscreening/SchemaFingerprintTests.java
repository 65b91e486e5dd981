package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
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

  private static final Instant NOW = Instant.parse("2026-12-01T08:15:30Z");

  /** The strategy as the application makes it, here from the Flyway the test migrates with. */
  private static FlywayMigrationStrategy strategy(boolean everyStart) {
    return flyway ->
        DatabaseMigrations.strategy(
                flyway.getConfiguration().getDataSource(),
                () ->
                    everyStart
                        ? Optional.empty()
                        : Optional.of(SchemaFingerprint.Settings.of(flyway.getConfiguration())),
                Clock.fixed(NOW, ZoneOffset.UTC))
            .migrate(flyway);
  }

  private static Optional<String> fingerprint(Flyway flyway) {
    return SchemaFingerprint.of(SchemaFingerprint.Settings.of(flyway.getConfiguration()));
  }

  private JdbcTemplate jdbc(Flyway flyway) {
    return new JdbcTemplate(flyway.getConfiguration().getDataSource());
  }

  @Test
  void aFreshDatabaseIsMigratedAndKeepsTheFingerprintOfItsScriptsAtTheClocksTime() {
    Flyway flyway = flyway("before");

    strategy(false).migrate(flyway);

    assertThat(
            jdbc(flyway).queryForList("select fingerprint from schema_fingerprint", String.class))
        .containsExactly(fingerprint(flyway).orElseThrow())
        .allSatisfy(fingerprint -> assertThat(fingerprint).hasSize(64));
    assertThat(jdbc(flyway).queryForObject("select count(*) from thing", Integer.class)).isZero();
    assertThat(
            jdbc(flyway)
                .queryForObject("select recorded_at from schema_fingerprint", OffsetDateTime.class)
                .toInstant())
        .isEqualTo(NOW);
    // a fresh database is asked whether the table exists, not by a query H2 logs as an error
    assertThat(folder.resolve("db.trace.db")).doesNotExist();
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
    String fingerprint = fingerprint(before).orElseThrow();

    Flyway changed = flyway("changed");
    assertThat(fingerprint(changed)).get().isNotEqualTo(fingerprint);
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

    assertThat(fingerprint(onDisk)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "classpath:db/migration/common",
        "db/migration/h2",
        "classpath:/fingerprint/before/",
        "filesystem:/tmp/scripts"
      })
  void aLocationIsReadAsFlywayReadsIt(String location) {
    assertThat(SchemaFingerprint.ScriptLocation.of(location))
        .isEqualTo(SchemaFingerprint.ScriptLocation.of(new Location(location)));
  }

  @Test
  void bootsPropertiesGiveTheFingerprintOfTheFlywayBootMakesFromThem() {
    var properties = new FlywayProperties();
    properties.setLocations(
        List.of("classpath:fingerprint/{vendor}", "classpath:db/migration/common"));
    properties.setSchemas(List.of("public"));
    properties.setBaselineVersion("3");
    Flyway flyway =
        Flyway.configure()
            .locations("classpath:fingerprint/before", "classpath:db/migration/common")
            .schemas("public")
            .baselineVersion("3")
            .load();

    var fromProperties =
        SchemaFingerprint.Settings.of(properties, "before", getClass().getClassLoader(), false);

    System.out.println(
        "DEBUG "
            + fromProperties
            + "\nDEBUG "
            + SchemaFingerprint.Settings.of(flyway.getConfiguration()));
    assertThat(SchemaFingerprint.of(fromProperties)).isPresent().isEqualTo(fingerprint(flyway));
    assertThat(fromProperties.fingerprintTable()).isEqualTo("public.schema_fingerprint");
    properties.setOutOfOrder(true);
    assertThat(
            SchemaFingerprint.of(
                SchemaFingerprint.Settings.of(
                    properties, "before", getClass().getClassLoader(), false)))
        .isNotEqualTo(fingerprint(flyway));
    assertThat(
            SchemaFingerprint.of(
                SchemaFingerprint.Settings.of(
                    properties, "before", getClass().getClassLoader(), true)))
        .isEmpty();
  }
}
