package se.vendorscreening.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A real in-memory H2 database with the registry's evidence table, for plain JUnit tests. */
final class EvidenceTables {

  private EvidenceTables() {}

  static JdbcTemplate inMemory() {
    DriverManagerDataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:evidence-"
                + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    try {
      String ddl =
          new ClassPathResource("db/migration/common/V20__registry_evidence.sql")
              .getContentAsString(StandardCharsets.UTF_8);
      for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          jdbc.execute(statement);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jdbc;
  }
}
