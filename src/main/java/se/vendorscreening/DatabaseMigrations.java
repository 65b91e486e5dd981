package se.vendorscreening;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  @Bean
  FlywayMigrationStrategy inOrderUnlessAnEarlierMigrationIsMissing() {
    return flyway -> {
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
    };
  }
}
