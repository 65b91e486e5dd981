package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A new H2 database made from the build's baseline is the database Flyway makes from the same
 * migrations, history included, so Flyway validates it and applies later migrations on top; any
 * other database, or other migrations, is left to Flyway. On real H2 files with the application's
 * settings and migrations.
 */
class SchemaBaselineTests {

  private static final Instant NOW = Instant.parse("2026-12-01T08:15:30Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path folder;

  private DataSource database(String name, String settings) {
    return new SimpleDriverDataSource(
        new org.h2.Driver(), "jdbc:h2:file:" + folder.resolve(name) + settings, "sa", "");
  }

  private DataSource database(String name) {
    return database(name, ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
  }

  private static Flyway flyway(DataSource dataSource, String... moreLocations) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration/common"));
    locations.add("classpath:db/migration/h2");
    locations.addAll(List.of(moreLocations));
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .load();
  }

  private static String fingerprint() {
    return SchemaFingerprint.of(SchemaBaseline.settings(SchemaBaselineTests.class.getClassLoader()))
        .orElseThrow();
  }

  /** The strategy as the application runs it, with the settings Boot gives it on H2. */
  private static void start(DataSource dataSource, Flyway flyway) {
    DatabaseMigrations.strategy(
            dataSource,
            () -> Optional.of(SchemaBaseline.settings(SchemaBaselineTests.class.getClassLoader())),
            CLOCK)
        .migrate(flyway);
  }

  /** H2's script of a database, with the times of its making set aside. */
  private static List<String> script(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update(
        "update flyway_schema_history set installed_on = timestamp '2000-01-01 00:00:00',"
            + " execution_time = 0");
    jdbc.update("update schema_fingerprint set recorded_at = timestamp '2000-01-01 00:00:00Z'");
    return jdbc.queryForList("script nopasswords nosettings", String.class);
  }

  @Test
  void aNewDatabaseFromTheBaselineIsTheOneFlywayMakesAndFlywayIsNotBuilt() {
    DataSource byFlyway = database("by-flyway");
    start(byFlyway, flyway(byFlyway));
    DataSource fromBaseline = database("from-baseline");

    start(fromBaseline, null); // a strategy that used this Flyway would fail

    assertThat(script(fromBaseline)).isEqualTo(script(byFlyway)).hasSizeGreaterThan(100);
    assertThat(
            new JdbcTemplate(fromBaseline)
                .queryForList("select fingerprint from schema_fingerprint", String.class))
        .containsExactly(fingerprint());
    // Flyway finds every migration applied, with its own checksums
    Flyway flyway = flyway(fromBaseline);
    flyway.validate();
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().applied())
        .hasSize(flyway(byFlyway).info().applied().length)
        .allMatch(migration -> migration.getState() == MigrationState.SUCCESS);
  }

  @Test
  void flywaysHistorySaysTheMigrationsWereInstalledWhenTheDatabaseWasMade() throws SQLException {
    DataSource dataSource = database("db");

    assertThat(SchemaBaseline.createIfEmpty(dataSource, null, fingerprint(), CLOCK)).isTrue();

    assertThat(
            new JdbcTemplate(dataSource)
                .queryForList(
                    "select distinct installed_on from flyway_schema_history", Timestamp.class))
        .extracting(Timestamp::toInstant)
        .containsExactly(NOW);
  }

  @Test
  void aLaterMigrationIsAppliedByFlywayOnTopOfTheBaseline() throws SQLException {
    DataSource dataSource = database("db");
    assertThat(SchemaBaseline.createIfEmpty(dataSource, null, fingerprint(), CLOCK)).isTrue();
    Flyway later = flyway(dataSource, "classpath:baseline/later");

    assertThat(later.migrate().migrationsExecuted).isEqualTo(1);

    later.validate();
    assertThat(later.info().current().getVersion().getVersion()).isEqualTo("999");
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForObject(
                    "select count(*) from information_schema.columns"
                        + " where table_name = 'schema_fingerprint' and column_name = 'noted_by'",
                    Integer.class))
        .isOne();
  }

  @Test
  void otherMigrationsADatabaseInUseOrOtherSettingsAreLeftToFlyway() throws SQLException {
    DataSource other = database("other");
    assertThat(SchemaBaseline.createIfEmpty(other, null, "0".repeat(64), CLOCK)).isFalse();
    assertThat(tables(other)).isZero();

    DataSource inUse = database("in-use");
    new JdbcTemplate(inUse).execute("create table thing (id int primary key)");
    assertThat(SchemaBaseline.createIfEmpty(inUse, null, fingerprint(), CLOCK)).isFalse();
    assertThat(tables(inUse)).isOne();

    DataSource upperCase = database("upper-case", ";MODE=PostgreSQL");
    assertThat(SchemaBaseline.createIfEmpty(upperCase, null, fingerprint(), CLOCK)).isFalse();
    assertThat(tables(upperCase)).isZero();
  }

  private static int tables(DataSource dataSource) {
    return new JdbcTemplate(dataSource)
        .queryForObject(
            "select count(*) from information_schema.tables"
                + " where upper(table_schema) not in ('INFORMATION_SCHEMA', 'PG_CATALOG')",
            Integer.class);
  }
}
