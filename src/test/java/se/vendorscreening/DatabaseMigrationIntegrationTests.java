package se.vendorscreening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DatabaseMigrationIntegrationTests {

  @Autowired JdbcTemplate jdbc;

  @Test
  void flywayCreatesTheBatchAndQuartzTablesOnEveryDatabase() {
    // other tests of the JVM may have run batch jobs already: the table must exist, not be empty
    assertThat(jdbc.queryForObject("select count(*) from batch_job_instance", Long.class))
        .isGreaterThanOrEqualTo(0);
    assertThat(jdbc.queryForObject("select count(*) from qrtz_locks", Long.class)).isNotNull();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = true", Long.class))
        .isGreaterThanOrEqualTo(2);
  }
}
