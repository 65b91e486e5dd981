package se.vendorscreening;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database in order, and out of order only a database that lacks a migration below its
 * version: V11 came after V40 and V60, so a database the first release created (up to V40) must
 * still take it. Flyway's out-of-order mode for every database would warn on every start that its
 * migrations may not be reproducible. New migrations take a version above every existing one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMigrations {

  private static final Logger log = LoggerFactory.getLogger(DatabaseMigrations.class);

  /**
   * The database is migrated at start also when a command creates its beans lazily: code that reads
   * the database without going through a bean Boot knows to wait for migrations (say a plain
   * DataSource) must never see an old schema.
   */
  @Bean
  static LazyInitializationExcludeFilter migrateAtStart() {
    return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
  }

  /**
   * Migrates, unless the database holds the fingerprint of these very migrations from its last
   * migration ({@link SchemaFingerprint}): then Flyway has nothing to apply and would find nothing
   * to refuse, and its reading and checking of every script is skipped. With {@code
   * screening.database.check-migrations-every-start} Flyway checks them on every start.
   */
  @Bean
  FlywayMigrationStrategy inOrderUnlessAnEarlierMigrationIsMissing(
      @Value("${screening.database.check-migrations-every-start:false}") boolean everyStart) {
    return flyway -> {
      var configuration = flyway.getConfiguration();
      long started = System.nanoTime();
      var fingerprint = everyStart ? Optional.<String>empty() : SchemaFingerprint.of(configuration);
      if (fingerprint.isPresent()
          && SchemaFingerprint.isCurrent(
              configuration.getDataSource(), configuration, fingerprint.get())) {
        log.info(
            "Schema current (migrations' fingerprint {}, checked in {} ms): Flyway not run",
            fingerprint.get().substring(0, 12),
            (System.nanoTime() - started) / 1_000_000);
        return;
      }
      migrate(flyway);
      if (fingerprint.isPresent()) {
        try {
          SchemaFingerprint.record(configuration.getDataSource(), configuration, fingerprint.get());
        } catch (SQLException e) {
          log.warn(
              "Could not keep the migrations' fingerprint: Flyway checks them again next start", e);
        }
      }
      log.info("Schema migrated and validated in {} ms", (System.nanoTime() - started) / 1_000_000);
    };
  }

  private static void migrate(Flyway flyway) {
    List<String> missing =
        Arrays.stream(flyway.info().all())
            .filter(migration -> migration.getState() == MigrationState.IGNORED)
            .map(MigrationInfo::getVersion)
            .map(String::valueOf)
            .toList();
    if (missing.isEmpty()) {
      flyway.migrate();
      return;
    }
    log.info(
        "The database lacks migration(s) {} below its version {}: applying them out of order",
        missing,
        flyway.info().current().getVersion());
    Flyway.configure().configuration(flyway.getConfiguration()).outOfOrder(true).load().migrate();
  }
}
