package se.vendorscreening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.license.VersionPrinter;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import se.vendorscreening.shared.Sha256;

/**
 * One hash over everything Flyway would check at start: the bytes and paths of every migration
 * script in its locations, its version and the settings that decide which scripts apply. After a
 * successful migration the hash is kept in the database ({@code schema_fingerprint}); a start that
 * computes the same hash finds the schema as Flyway left it and need not ask Flyway again
 * (docs/launcher.md). A changed, added or removed script changes the hash, so Flyway validates
 * again and refuses a changed migration as before.
 */
final class SchemaFingerprint {

  static final String TABLE = "schema_fingerprint";

  private SchemaFingerprint() {}

  /**
   * What the fingerprint covers: the settings that decide which scripts Flyway applies and where it
   * keeps its history. Made from Flyway's configuration, or from Boot's Flyway properties before a
   * Flyway exists ({@link DatabaseMigrations} decides with it whether to build one at all).
   */
  record Settings(
      String table,
      List<String> schemas,
      String defaultSchema,
      boolean outOfOrder,
      String baselineVersion,
      List<ScriptLocation> locations,
      ClassLoader classLoader,
      boolean codeOfItsOwn) {

    static Settings of(Configuration flyway) {
      return new Settings(
          flyway.getTable(),
          List.of(flyway.getSchemas()),
          flyway.getDefaultSchema(),
          flyway.isOutOfOrder(),
          String.valueOf(flyway.getBaselineVersion()),
          Stream.of(flyway.getLocations()).map(ScriptLocation::of).toList(),
          flyway.getClassLoader(),
          flyway.getJavaMigrations().length > 0 || flyway.getCallbacks().length > 0);
    }

    /**
     * The settings Boot would give Flyway: {@code {vendor}} in a location is the database's vendor,
     * as Boot replaces it.
     */
    static Settings of(
        FlywayProperties properties,
        String vendor,
        ClassLoader classLoader,
        boolean javaMigrationsOrCallbacks) {
      return new Settings(
          properties.getTable(),
          List.copyOf(properties.getSchemas()),
          properties.getDefaultSchema(),
          properties.isOutOfOrder(),
          properties.getBaselineVersion(),
          properties.getLocations().stream()
              .map(location -> ScriptLocation.of(location.replace("{vendor}", vendor)))
              .toList(),
          classLoader,
          javaMigrationsOrCallbacks);
    }

    /** The table in Flyway's default schema, where the migration created it. */
    String fingerprintTable() {
      String schema = fingerprintSchema();
      return schema == null ? TABLE : schema + "." + TABLE;
    }

    /** Flyway's default schema, or null for the connection's own. */
    String fingerprintSchema() {
      if (defaultSchema == null && !schemas.isEmpty()) {
        return schemas.get(0);
      }
      return defaultSchema;
    }
  }

  /**
   * Where Flyway finds scripts: on the class path under {@code rootPath}, or elsewhere. Read from a
   * location's text without Flyway's own parser, which configures a whole Flyway to parse one.
   */
  record ScriptLocation(boolean classPath, String rootPath, String descriptor) {

    private static final String CLASSPATH = "classpath:";

    static ScriptLocation of(Location location) {
      return new ScriptLocation(
          location.isClassPath(), location.getRootPath(), location.getDescriptor());
    }

    /** A location as Flyway reads one: no prefix is the class path; slashes around are dropped. */
    static ScriptLocation of(String location) {
      boolean prefixed = location.matches("^[a-zA-Z0-9]+:.*");
      if (prefixed && !location.startsWith(CLASSPATH)) {
        return new ScriptLocation(false, location.substring(location.indexOf(':') + 1), location);
      }
      String path = prefixed ? location.substring(CLASSPATH.length()) : location;
      path = path.replaceAll("^/+", "").replaceAll("/+$", "");
      return new ScriptLocation(true, path, CLASSPATH + path);
    }
  }

  /**
   * The fingerprint of Flyway's migrations, or empty when one of its locations is not on the class
   * path (scripts on disk may change at any time: Flyway checks them every start) or it has Java
   * migrations or callbacks of its own.
   */
  static Optional<String> of(Settings flyway) {
    if (flyway.codeOfItsOwn()) {
      return Optional.empty();
    }
    MessageDigest digest = Sha256.digest();
    update(digest, "flyway " + VersionPrinter.getVersion());
    update(digest, "table " + flyway.table() + " schemas " + String.join(",", flyway.schemas()));
    update(digest, "out-of-order " + flyway.outOfOrder() + " baseline " + flyway.baselineVersion());
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(flyway.classLoader());
    // in Flyway's order: it keeps its locations sorted
    for (ScriptLocation location :
        flyway.locations().stream()
            .sorted(Comparator.comparing(ScriptLocation::descriptor))
            .distinct()
            .toList()) {
      if (!location.classPath()) {
        return Optional.empty();
      }
      update(digest, "location " + location.descriptor());
      Map<String, Resource> scripts = new TreeMap<>();
      try {
        for (Resource script :
            resolver.getResources("classpath*:" + location.rootPath() + "/**/*")) {
          if (script.isReadable()
              && script.getFilename() != null
              && !script.getFilename().isEmpty()) {
            String path = script.getURL().toString();
            scripts.put(path.substring(path.indexOf(location.rootPath())), script);
          }
        }
        for (Map.Entry<String, Resource> script : scripts.entrySet()) {
          update(digest, "script " + script.getKey());
          try (InputStream in = script.getValue().getInputStream()) {
            digest.update(in.readAllBytes());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read the migrations in " + location, e);
      }
    }
    return Optional.of(Sha256.hex(digest));
  }

  /**
   * Whether the database holds this fingerprint from its last successful migration. A database
   * without the table (a fresh one) is asked through its metadata, not by a failing query, which H2
   * would write to a trace file beside the database as an error.
   */
  static boolean isCurrent(DataSource dataSource, Settings flyway, String fingerprint) {
    try (Connection connection = dataSource.getConnection()) {
      if (!hasFingerprintTable(connection, flyway)) {
        return false;
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery("select fingerprint from " + flyway.fingerprintTable())) {
        return rows.next() && fingerprint.equals(rows.getString(1)) && !rows.next();
      }
    } catch (SQLException unreadable) {
      return false; // Flyway then migrates or validates, and says what is wrong
    }
  }

  private static boolean hasFingerprintTable(Connection connection, Settings flyway)
      throws SQLException {
    DatabaseMetaData database = connection.getMetaData();
    String schema = flyway.fingerprintSchema();
    try (ResultSet tables =
        database.getTables(
            connection.getCatalog(),
            pattern(database, schema == null ? connection.getSchema() : schema),
            pattern(database, TABLE),
            null)) {
      return tables.next();
    }
  }

  /** An unquoted identifier as the database stores it, as a search pattern matching only it. */
  private static String pattern(DatabaseMetaData database, String identifier) throws SQLException {
    if (identifier == null) {
      return null;
    }
    String stored = identifier;
    if (database.storesUpperCaseIdentifiers()) {
      stored = identifier.toUpperCase(Locale.ROOT);
    } else if (database.storesLowerCaseIdentifiers()) {
      stored = identifier.toLowerCase(Locale.ROOT);
    }
    String escape = database.getSearchStringEscape();
    return stored
        .replace(escape, escape + escape)
        .replace("_", escape + "_")
        .replace("%", escape + "%");
  }

  /** Keeps the fingerprint of a schema that Flyway has just migrated or validated. */
  static void record(DataSource dataSource, Settings flyway, String fingerprint, Clock clock)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement delete = connection.createStatement();
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into "
                      + flyway.fingerprintTable()
                      + " (fingerprint, recorded_at) values (?, ?)")) {
        delete.executeUpdate("delete from " + flyway.fingerprintTable());
        insert.setString(1, fingerprint);
        insert.setTimestamp(2, Timestamp.from(clock.instant()));
        insert.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
