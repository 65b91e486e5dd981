package se.vendorscreening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A new embedded H2 database made in one script instead of by Flyway running every migration: the
 * build migrates an empty in-memory H2 database with the application's migrations and keeps the
 * result as H2's own script of it, {@value #RESOURCE}, under the fingerprint of those migrations
 * ({@link SchemaFingerprint}). A start on an empty H2 database whose migrations give that very
 * fingerprint runs the script: the same tables, indexes, sequences and rows, Flyway's history
 * included (its checksums, as Flyway wrote them), so a later migration is applied by Flyway as on a
 * database Flyway made (docs/launcher.md). A database that is not empty, another database or H2
 * version, other H2 settings, or any other migrations get Flyway as before.
 */
final class SchemaBaseline {

  /** The baseline script on the class path, written by the build ({@link #main}). */
  static final String RESOURCE = "db/baseline/h2.sql";

  /**
   * Boot's Flyway locations as {@code application.yml} sets them: the build migrates with these,
   * and a start whose settings give another fingerprint does not use the baseline.
   */
  static final List<String> LOCATIONS =
      List.of("classpath:db/migration/common", "classpath:db/migration/{vendor}");

  /** The H2 settings that decide how the scripts' identifiers, types and orderings are read. */
  static final Map<String, String> SETTINGS =
      new TreeMap<>(
          Map.of(
              "MODE", "PostgreSQL",
              "DATABASE_TO_LOWER", "TRUE",
              "DEFAULT_NULL_ORDERING", "HIGH"));

  private static final String FINGERPRINT = "-- fingerprint ";
  private static final String DATABASE = "-- database ";

  private SchemaBaseline() {}

  /** Writes the baseline script to the file named by the first argument (the build runs this). */
  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]));
  }

  static void write(Path target) throws SQLException, IOException {
    // a file database, as at run time: its tables are H2's cached ones, not held in memory
    Path folder = Files.createTempDirectory("schema-baseline");
    StringBuilder url = new StringBuilder("jdbc:h2:file:" + folder.resolve("baseline"));
    SETTINGS.forEach((name, value) -> url.append(';').append(name).append('=').append(value));
    try {
      write(url.toString(), target);
    } finally {
      try (var files = Files.list(folder)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }
  }

  private static void write(String url, Path target) throws SQLException, IOException {
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      DataSource dataSource = new SingleConnectionDataSource(connection, true);
      Flyway.configure()
          .dataSource(dataSource)
          .locations(
              LOCATIONS.stream()
                  .map(location -> location.replace("{vendor}", "h2"))
                  .toArray(String[]::new))
          .load()
          .migrate();
      String fingerprint =
          SchemaFingerprint.of(settings(SchemaBaseline.class.getClassLoader()))
              .orElseThrow(() -> new IllegalStateException("The migrations have no fingerprint"));
      Files.createDirectories(target.getParent());
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
          Statement statement = connection.createStatement();
          ResultSet script = statement.executeQuery("script nopasswords nosettings")) {
        out.write("-- H2's script of an empty database migrated by Flyway: written by the build\n");
        out.write("-- (SchemaBaseline), run on an empty database whose migrations agree.\n");
        out.write(FINGERPRINT + fingerprint + "\n");
        out.write(DATABASE + database(connection) + "\n");
        while (script.next()) {
          String line = script.getString(1);
          if (!line.startsWith("CREATE USER ")) { // the user exists wherever the script runs
            out.write(line);
            out.write('\n');
          }
        }
      }
    }
  }

  /** The settings Boot gives Flyway from {@code application.yml} on H2. */
  static SchemaFingerprint.Settings settings(ClassLoader classLoader) {
    FlywayProperties properties = new FlywayProperties();
    properties.setLocations(LOCATIONS);
    return SchemaFingerprint.Settings.of(properties, "h2", classLoader, false);
  }

  /**
   * Makes the schema from the baseline when the database is an empty H2 database with the settings
   * and version the baseline was made with, and the fingerprint is the baseline's. Flyway's history
   * then says the migrations were installed now. Returns whether it did.
   */
  static boolean createIfEmpty(
      DataSource dataSource, ClassLoader classLoader, String fingerprint, Clock clock)
      throws SQLException {
    Optional<List<String>> header =
        header(classLoader != null ? classLoader : SchemaBaseline.class.getClassLoader());
    if (header.isEmpty() || !header.get().get(0).equals(FINGERPRINT + fingerprint)) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!header.get().get(1).equals(DATABASE + database(connection)) || !empty(connection)) {
        return false;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("runscript from 'classpath:/" + RESOURCE + "' charset 'UTF-8'");
      }
      try (PreparedStatement installed =
          connection.prepareStatement("update flyway_schema_history set installed_on = ?")) {
        installed.setTimestamp(1, Timestamp.from(clock.instant()));
        installed.executeUpdate();
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return true;
    }
  }

  /** The first two lines after the comment: the fingerprint and the database; empty if absent. */
  private static Optional<List<String>> header(ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null && lines.size() < 2; ) {
        if (line.startsWith(FINGERPRINT) || line.startsWith(DATABASE)) {
          lines.add(line);
        }
        line = reader.readLine();
      }
      return lines.size() == 2 && lines.get(0).startsWith(FINGERPRINT)
          ? Optional.of(lines)
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  /** The database's product and version and the settings the baseline depends on. */
  private static String database(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    StringBuilder text =
        new StringBuilder(metaData.getDatabaseProductName())
            .append(' ')
            .append(metaData.getDatabaseProductVersion());
    if (!"H2".equals(metaData.getDatabaseProductName())) {
      return text.toString();
    }
    try (Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "select setting_name, setting_value from information_schema.settings")) {
      Map<String, String> values = new TreeMap<>();
      while (settings.next()) {
        if (SETTINGS.containsKey(settings.getString(1))) {
          values.put(settings.getString(1), settings.getString(2));
        }
      }
      values.forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
    }
    return text.toString();
  }

  /** Whether the database has no table or view of its own (H2's own schemas aside). */
  private static boolean empty(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "select count(*) from information_schema.tables where upper(table_schema)"
                    + " not in ('INFORMATION_SCHEMA', 'PG_CATALOG')")) {
      return tables.next() && tables.getLong(1) == 0;
    }
  }
}
