package se.vendorscreening.intake.internal;

import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.Statement;
import se.vendorscreening.intake.StatementKind;
import se.vendorscreening.intake.SwornStatements;

/**
 * Reads statements files (OpenCSV, or POI's streaming reader for a workbook, as the vendor lists)
 * into the register's {@code intake_statement} table, rejected rows into {@code
 * intake_rejected_row} with the file kind {@code STATEMENTS} (docs/statements.md).
 */
@Component
class JdbcSwornStatements implements SwornStatements {

  private static final String INSERT =
      "insert into intake_statement (import_id, line, ground, party_key, kind, signed_by,"
          + " statement_date, applies, persons, reference, issuer, valid_until, file_name)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String LATEST =
      "select s.* from intake_statement s where s.party_key = ? and s.import_id = (select"
          + " s2.import_id from intake_statement s2 join intake_import i on i.import_id ="
          + " s2.import_id where s2.party_key = ? order by i.started_at desc, s2.import_id desc"
          + " fetch first 1 rows only) order by s.line, s.ground";

  /**
   * {@link #LATEST} for every party at once: per party the import of the latest start (the larger
   * id on a tie) among those that brought it statements, ranked in the database.
   */
  private static final String LATEST_OF_ALL =
      "select s.* from intake_statement s join (select ranked.party_key, ranked.import_id from"
          + " (select x.party_key, x.import_id, row_number() over (partition by x.party_key"
          + " order by i.started_at desc, x.import_id desc) as place from (select distinct"
          + " party_key, import_id from intake_statement) x join intake_import i on i.import_id ="
          + " x.import_id) ranked where ranked.place = 1) latest on latest.party_key ="
          + " s.party_key and latest.import_id = s.import_id order by s.party_key, s.line,"
          + " s.ground";

  private final JdbcTemplate jdbc;
  private final IntakeProperties properties;
  private final RegisterWriter register;
  private final IntakeMessages messages;
  private final TransactionTemplate transactions;

  JdbcSwornStatements(
      JdbcTemplate jdbc,
      IntakeProperties properties,
      RegisterWriter register,
      IntakeMessages messages,
      TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.register = register;
    this.messages = messages;
    this.transactions = transactions;
  }

  @Override
  public void checkReadable(Path file) {
    try {
      ListLocation location = ListLocator.statements(file);
      try (ListRows<StatementColumn> rows =
          ListRows.open(location, StatementColumn.class, properties)) {
        while (rows.next() != null) {
          // read through: a file that breaks halfway stops the run before it starts
        }
      }
    } catch (UnreadableFileException e) {
      throw messages.unreadable(e);
    }
  }

  @Override
  public InputFile importStatements(Path file, String importId) {
    List<RowOutcome<?>> outcomes = new ArrayList<>();
    List<Object[]> inserts = new ArrayList<>();
    ListLocation location;
    long read = 0;
    long rejected = 0;
    try {
      location = ListLocator.statements(file);
      Set<String> partyKeys =
          new HashSet<>(
              jdbc.queryForList(
                  "select party_key from intake_import_party where import_id = ?",
                  String.class,
                  importId));
      try (ListRows<StatementColumn> rows =
          ListRows.open(location, StatementColumn.class, properties)) {
        ListRow<StatementColumn> row;
        while ((row = rows.next()) != null) {
          read++;
          RowOutcome<List<Statement>> outcome =
              StatementRowValidator.validate(row, partyKeys, location.displayName());
          if (outcome instanceof RowOutcome.Accepted<List<Statement>> accepted) {
            for (Statement s : accepted.row()) {
              inserts.add(insertRow(importId, s));
            }
          } else {
            rejected++;
            outcomes.add(outcome);
          }
        }
      }
    } catch (UnreadableFileException e) {
      throw messages.unreadable(e);
    }
    String sha256 = ListInspector.sha256(file, location.displayName());
    long rowsRead = read;
    transactions.executeWithoutResult(
        status -> {
          jdbc.update(
              "delete from intake_statement where import_id = ?", importId); // a restart redoes it
          if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT, inserts);
          }
          register.writeRejections(importId, location, outcomes);
          register.recordFile(importId, location, sha256, rowsRead);
        });
    return new InputFile(file.toString(), sha256, read, rejected);
  }

  private static Object[] insertRow(String importId, Statement s) {
    return new Object[] {
      importId,
      s.line(),
      s.groundCode(),
      s.partyKey(),
      s.kind().name(),
      s.signedBy(),
      Date.valueOf(s.date()),
      s.applies(),
      String.join("|", s.persons()),
      s.reference(),
      s.issuer(),
      s.validUntil() == null ? null : Date.valueOf(s.validUntil()),
      s.file()
    };
  }

  @Override
  public List<Statement> latestOf(String partyKey) {
    return jdbc.query(LATEST, (rs, i) -> statement(rs), partyKey, partyKey);
  }

  @Override
  public Map<String, List<Statement>> latestOfAll() {
    Map<String, List<Statement>> byParty = new HashMap<>();
    jdbc.query(
        LATEST_OF_ALL,
        rs -> {
          Statement statement = statement(rs);
          byParty.computeIfAbsent(statement.partyKey(), k -> new ArrayList<>()).add(statement);
        });
    return byParty;
  }

  private static Statement statement(java.sql.ResultSet rs) throws java.sql.SQLException {
    String persons = rs.getString("persons");
    Date validUntil = rs.getDate("valid_until");
    return new Statement(
        rs.getString("party_key"),
        StatementKind.valueOf(rs.getString("kind")),
        rs.getString("ground"),
        rs.getBoolean("applies"),
        rs.getString("signed_by"),
        rs.getDate("statement_date").toLocalDate(),
        persons == null || persons.isEmpty() ? List.of() : List.of(persons.split("\\|")),
        rs.getString("reference"),
        rs.getString("issuer"),
        validUntil == null ? null : validUntil.toLocalDate(),
        rs.getString("file_name"),
        rs.getLong("line"));
  }
}
