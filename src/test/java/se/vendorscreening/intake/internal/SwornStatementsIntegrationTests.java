package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import se.vendorscreening.intake.Statement;
import se.vendorscreening.intake.SwornStatements;

/**
 * Every party's latest statements read in one query are what one query a party gives: the import
 * that started last among those that brought the party any (the larger id on a tie), and an import
 * bringing statements for other parties changes nothing for this one (docs/statements.md). A
 * database of its own.
 */
@SpringBootTest(
    properties = {
      "screening.data-dir=target/test-data/sworn-${random.uuid}",
      "vs.test.schema-suffix=_sworn"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SwornStatementsIntegrationTests {

  @Autowired SwornStatements statements;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLatestStatementsOfEveryPartyInOneQueryAreThoseOfEachPartyAlone() {
    anImport("imp-old", "2026-10-01T08:00:00Z");
    anImport("imp-new", "2026-11-01T08:00:00Z");
    anImport("imp-tie-a", "2026-11-15T08:00:00Z");
    anImport("imp-tie-b", "2026-11-15T08:00:00Z");
    // A: an older and a newer import; the newer one wins, all its rows, in line order
    statement("imp-old", 2, "5581612586", "CRITERION.EXCLUSION.CONVICTIONS.FRAUD");
    statement("imp-new", 3, "5581612586", "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY");
    statement("imp-new", 2, "5581612586", "CRITERION.EXCLUSION.CONVICTIONS.FRAUD");
    // B: only in the old import, though newer imports brought statements for others
    statement("imp-old", 3, "5559313902", "CRITERION.EXCLUSION.CONVICTIONS.CORRUPTION");
    // C: two imports started at the same instant: the larger id
    statement("imp-tie-a", 2, "DE:DE287654321", "CRITERION.EXCLUSION.BUSINESS.INSOLVENCY");
    statement(
        "imp-tie-b", 2, "DE:DE287654321", "CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES");

    Map<String, List<Statement>> all = statements.latestOfAll();

    assertThat(all).containsOnlyKeys("5581612586", "5559313902", "DE:DE287654321");
    for (String party : all.keySet()) {
      assertThat(all.get(party)).as(party).isEqualTo(statements.latestOf(party));
    }
    assertThat(all.get("5581612586"))
        .extracting(Statement::groundCode)
        .containsExactly(
            "CRITERION.EXCLUSION.CONVICTIONS.FRAUD", "CRITERION.EXCLUSION.BUSINESS.BANKRUPTCY");
    assertThat(all.get("5581612586")).extracting(Statement::file).containsOnly("imp-new.csv");
    assertThat(all.get("5559313902")).extracting(Statement::file).containsExactly("imp-old.csv");
    assertThat(all.get("DE:DE287654321"))
        .extracting(Statement::groundCode)
        .containsExactly("CRITERION.EXCLUSION.CONTRIBUTIONS.PAYMENT_OF_TAXES");
    assertThat(statements.latestOf("5542429028")).isEmpty();
    assertThat(all).doesNotContainKey("5542429028");
  }

  private void anImport(String id, String started) {
    jdbc.update(
        "insert into intake_import (import_id, started_at) values (?, ?)",
        id,
        Timestamp.from(Instant.parse(started)));
  }

  private void statement(String importId, long line, String party, String ground) {
    jdbc.update(
        "insert into intake_statement (import_id, line, ground, party_key, kind, signed_by,"
            + " statement_date, applies, persons, reference, issuer, valid_until, file_name)"
            + " values (?, ?, ?, ?, 'SWORN_STATEMENT', 'Anna Andersson', ?, false, '', null,"
            + " null, null, ?)",
        importId,
        line,
        ground,
        party,
        Date.valueOf(LocalDate.parse("2026-10-15")),
        importId + ".csv");
  }
}
