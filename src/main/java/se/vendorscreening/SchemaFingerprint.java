package se.vendorscreening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.license.VersionPrinter;
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
   * The fingerprint of Flyway's migrations, or empty when one of its locations is not on the class
   * path (scripts on disk may change at any time: Flyway checks them every start) or it has Java
   * migrations or callbacks of its own.
   */
  static Optional<String> of(Configuration flyway) {
    if (flyway.getJavaMigrations().length > 0 || flyway.getCallbacks().length > 0) {
      return Optional.empty();
    }
    MessageDigest digest = sha256();
    update(digest, "flyway " + VersionPrinter.getVersion());
    update(
        digest, "table " + flyway.getTable() + " schemas " + String.join(",", flyway.getSchemas()));
    update(
        digest,
        "out-of-order " + flyway.isOutOfOrder() + " baseline " + flyway.getBaselineVersion());
    PathMatchingResourcePatternResolver resolver =
        new PathMatchingResourcePatternResolver(flyway.getClassLoader());
    for (Location location : flyway.getLocations()) {
      if (!location.isClassPath()) {
        return Optional.empty();
      }
      update(digest, "location " + location.getDescriptor());
      Map<String, Resource> scripts = new TreeMap<>();
      try {
        for (Resource script :
            resolver.getResources("classpath*:" + location.getRootPath() + "/**/*")) {
          if (script.isReadable()
              && script.getFilename() != null
              && !script.getFilename().isEmpty()) {
            String path = script.getURL().toString();
            scripts.put(path.substring(path.indexOf(location.getRootPath())), script);
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

  /** Whether the database holds this fingerprint from its last successful migration. */
  static boolean isCurrent(DataSource dataSource, Configuration flyway, String fingerprint) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select fingerprint from " + table(flyway))) {
      return rows.next() && fingerprint.equals(rows.getString(1)) && !rows.next();
    } catch (SQLException noTableYet) {
      return false;
    }
  }

  /** Keeps the fingerprint of a schema that Flyway has just migrated or validated. */
  static void record(DataSource dataSource, Configuration flyway, String fingerprint)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement delete = connection.createStatement();
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into " + table(flyway) + " (fingerprint, recorded_at) values (?, ?)")) {
        delete.executeUpdate("delete from " + table(flyway));
        insert.setString(1, fingerprint);
        insert.setTimestamp(2, Timestamp.from(Instant.now()));
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

  /** The table in Flyway's default schema, where the migration created it. */
  private static String table(Configuration flyway) {
    String schema = flyway.getDefaultSchema();
    if (schema == null && flyway.getSchemas().length > 0) {
      schema = flyway.getSchemas()[0];
    }
    return schema == null ? TABLE : schema + "." + TABLE;
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    return Sha256.digest();
  }
}
