package se.vendorscreening;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.io.ResourceLoader;

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
   * Boot's initializer with a Flyway that is built only when it is asked something: a database that
   * holds the fingerprint of these very migrations from its last migration ({@link
   * SchemaFingerprint}) has nothing for Flyway to apply and nothing to refuse, so Flyway, its
   * plugins and its reading and checking of every script are skipped at start (docs/launcher.md).
   * With {@code screening.database.check-migrations-every-start} Flyway checks them on every start.
   * Named as Boot's, which then backs off.
   */
  @Bean
  FlywayMigrationInitializer flywayInitializer(
      @Lazy Flyway flyway,
      DataSource dataSource,
      FlywayProperties properties,
      ResourceLoader resourceLoader,
      ObjectProvider<JavaMigration> javaMigrations,
      ObjectProvider<Callback> callbacks,
      @Value("${screening.database.check-migrations-every-start:false}") boolean everyStart,
      Clock clock) {
    Supplier<Optional<SchemaFingerprint.Settings>> settings =
        () -> {
          if (everyStart || properties.getUrl() != null || properties.getUser() != null) {
            return Optional.empty(); // checked every start, or Flyway migrates another connection
          }
          return Optional.of(
              SchemaFingerprint.Settings.of(
                  properties,
                  vendor(dataSource),
                  resourceLoader.getClassLoader(),
                  javaMigrations.iterator().hasNext() || callbacks.iterator().hasNext()));
        };
    return new FlywayMigrationInitializer(flyway, strategy(dataSource, settings, clock));
  }

  /**
   * Boot makes every bean that reads the database wait for the Flyway bean as well as for the
   * initializer, which would build Flyway at every start; waiting for the initializer is enough, as
   * it builds Flyway whenever there is something to migrate or check.
   */
  @Bean
  static BeanFactoryPostProcessor flywayBuiltOnlyWhenMigrating() {
    return new FlywayOnDemand();
  }

  /**
   * Migrates and keeps the fingerprint of what was migrated, unless the database already holds it.
   */
  static FlywayMigrationStrategy strategy(
      DataSource dataSource, Supplier<Optional<SchemaFingerprint.Settings>> settings, Clock clock) {
    return flyway -> {
      long started = System.nanoTime();
      var current = settings.get();
      var fingerprint = current.flatMap(SchemaFingerprint::of);
      if (fingerprint.isPresent()
          && SchemaFingerprint.isCurrent(dataSource, current.get(), fingerprint.get())) {
        log.info(
            "Schema current (migrations' fingerprint {}, checked in {} ms): Flyway not built",
            fingerprint.get().substring(0, 12),
            (System.nanoTime() - started) / 1_000_000);
        return;
      }
      if (fingerprint.isPresent()
          && fromBaseline(dataSource, current.get(), fingerprint.get(), clock)) {
        log.info(
            "Schema created from the migrations' baseline (fingerprint {}) in {} ms: Flyway not built",
            fingerprint.get().substring(0, 12),
            (System.nanoTime() - started) / 1_000_000);
        return;
      }
      migrate(flyway);
      if (fingerprint.isPresent()) {
        try {
          SchemaFingerprint.record(dataSource, current.get(), fingerprint.get(), clock);
        } catch (SQLException e) {
          log.warn(
              "Could not keep the migrations' fingerprint: Flyway checks them again next start", e);
        }
      }
      log.info("Schema migrated and validated in {} ms", (System.nanoTime() - started) / 1_000_000);
    };
  }

  /**
   * Makes a new, empty H2 database from the build's baseline of these very migrations ({@link
   * SchemaBaseline}) and keeps their fingerprint; false (and Flyway migrates) for any other.
   */
  private static boolean fromBaseline(
      DataSource dataSource, SchemaFingerprint.Settings settings, String fingerprint, Clock clock) {
    try {
      if (!SchemaBaseline.createIfEmpty(dataSource, settings.classLoader(), fingerprint, clock)) {
        return false;
      }
      SchemaFingerprint.record(dataSource, settings, fingerprint, clock);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the schema from its baseline", e);
    }
  }

  /** The database's vendor as Boot names it in a location's {@code {vendor}}. */
  private static String vendor(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database's vendor", e);
    }
  }

  private static final class FlywayOnDemand implements BeanFactoryPostProcessor, Ordered {

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE; // after Boot has made beans wait for the initializers
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      Set<String> flyways = Set.of(beanFactory.getBeanNamesForType(Flyway.class, true, false));
      Set<String> initializers =
          Set.of(beanFactory.getBeanNamesForType(FlywayMigrationInitializer.class, true, false));
      if (flyways.isEmpty() || initializers.isEmpty()) {
        return;
      }
      for (String name : beanFactory.getBeanDefinitionNames()) {
        BeanDefinition bean = beanFactory.getBeanDefinition(name);
        if (flyways.contains(name)) {
          bean.setLazyInit(true);
        }
        String[] dependsOn = bean.getDependsOn();
        if (dependsOn != null
            && (initializers.contains(name)
                || Arrays.stream(dependsOn).anyMatch(initializers::contains))) {
          bean.setDependsOn(
              Arrays.stream(dependsOn)
                  .filter(other -> !flyways.contains(other))
                  .toArray(String[]::new));
        }
      }
    }
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
