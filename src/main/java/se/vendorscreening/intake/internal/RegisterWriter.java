package se.vendorscreening.intake.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.vendorscreening.intake.RejectedRow;

/**
 * Writes the contract register: every write is an upsert on natural keys ({@link Upsert}), so a
 * repeated import or a restarted chunk leaves the same rows.
 */
@Repository
class RegisterWriter {

  private static final Upsert PROCUREMENT =
      Upsert.insertOrUpdate(
          "intake_procurement", List.of("procurement_id"), List.of("procurement_type", "title"));
  private static final Upsert PARTY =
      Upsert.insertOrUpdate(
          "intake_party",
          List.of("procurement_id", "party_key"),
          List.of(
              "identity_number",
              "country",
              "foreign_id",
              "name",
              "role",
              "parent_key",
              "contract_value_sek",
              "subcontract_share_percent"));
  private static final Upsert CONTRACT =
      Upsert.insertOrUpdate(
          "intake_contract",
          List.of("procurement_id", "party_key", "contract_id"),
          List.of("status", "start_date", "end_date", "annual_value_sek"));
  private static final Upsert IMPORT_PARTY =
      Upsert.insertIfAbsent(
          "intake_import_party", List.of("import_id", "procurement_id", "party_key"), List.of());
  private static final Upsert REPRESENTATIVE =
      Upsert.insertOrUpdate(
          "intake_representative",
          List.of("party_key", "person_key", "role"),
          List.of("person_id", "name", "birth_date", "birth_month", "valid_from", "valid_to"));
  private static final Upsert REJECTED_ROW =
      Upsert.insertIfAbsent(
          "intake_rejected_row",
          List.of("import_id", "file_kind", "line", "column_name"),
          List.of(
              "file_name",
              "cell_value",
              "reason_code",
              "reason_arguments",
              "effect",
              "party_org_no",
              "party_name"));
  private static final Upsert IMPORT_FILE =
      Upsert.insertOrUpdate(
          "intake_import_file",
          List.of("import_id", "file_kind"),
          List.of("path", "sha256", "rows_read"));

  /** Keeps the first start time when a failed import is restarted. */
  private static final String INSERT_IMPORT =
      "insert into intake_import (import_id, started_at) select ?, ? where not exists"
          + " (select 1 from intake_import where import_id = ?)";

  static final String ARGUMENT_SEPARATOR = "\u001f";

  /** The batch size from which PostgreSQL gets the rows by {@code COPY}. */
  static final int COPY_FROM_ROWS = 32;

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final String database;
  private final boolean h2;

  /** The upserts whose last batch met rows that were there already: they merge straight away. */
  private final Set<Upsert> merging = ConcurrentHashMap.newKeySet();

  RegisterWriter(JdbcTemplate jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.database =
        jdbc.execute(
            (java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
    this.h2 = database.toLowerCase(java.util.Locale.ROOT).contains("h2");
  }

  void startImport(String importId, Collection<InspectedList> inputs) {
    merging.clear();
    jdbc.update(INSERT_IMPORT, importId, Timestamp.from(clock.instant()), importId);
    for (InspectedList input : inputs) {
      jdbc.update(
          IMPORT_FILE.sql(database),
          importId,
          input.location().kind().name(),
          input.location().displayName(),
          input.sha256(),
          input.rows());
    }
  }

  /** Records one more input file of an import (a statements file read after the lists). */
  void recordFile(String importId, ListLocation location, String sha256, long rows) {
    jdbc.update(
        IMPORT_FILE.sql(database),
        importId,
        location.kind().name(),
        location.displayName(),
        sha256,
        rows);
  }

  void finishImport(String importId) {
    jdbc.update(
        "update intake_import set finished_at = ? where import_id = ?",
        Timestamp.from(clock.instant()),
        importId);
  }

  void writeVendors(String importId, List<VendorRow> rows) {
    List<Object[]> procurements = new ArrayList<>();
    List<Object[]> parties = new ArrayList<>();
    List<Object[]> contracts = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    for (VendorRow row : rows) {
      procurements.add(
          new Object[] {row.procurementId(), row.procurementType().name(), row.procurementTitle()});
      parties.add(
          new Object[] {
            row.procurementId(),
            row.key(),
            row.identityNumber() == null ? null : row.identityNumber().canonical(),
            row.country(),
            row.foreignId(),
            row.name(),
            row.role().name(),
            row.parentKey(),
            row.contractValueSek(),
            row.subcontractSharePercent()
          });
      links.add(new Object[] {importId, row.procurementId(), row.key()});
      if (row.contract() != null) {
        contracts.add(
            new Object[] {
              row.procurementId(),
              row.key(),
              row.contract().contractId(),
              row.contract().status().name(),
              row.contract().start(),
              row.contract().end(),
              row.contract().annualValueSek()
            });
      }
    }
    batch(PROCUREMENT, distinct(procurements));
    batch(PARTY, parties);
    batch(CONTRACT, contracts);
    batch(IMPORT_PARTY, links);
  }

  void writeRepresentatives(String importId, List<RepresentativeRow> rows) {
    List<Object[]> representatives = new ArrayList<>();
    for (RepresentativeRow row : rows) {
      representatives.add(
          new Object[] {
            row.partyKey(),
            row.personKey(),
            row.role().name(),
            row.personId() == null ? null : row.personId().canonical(),
            row.name(),
            row.birthDate(),
            row.birthMonth() == null ? null : row.birthMonth().toString(),
            row.from(),
            row.to()
          });
    }
    batch(REPRESENTATIVE, representatives);
  }

  /**
   * Writes the rejected rows, and the ignored fields of accepted rows, of one list.
   *
   * @param outcomes {@link RowOutcome.Rejected} rows and {@link RowOutcome.Accepted} rows with
   *     ignored fields
   */
  void writeRejections(String importId, ListLocation location, List<RowOutcome<?>> outcomes) {
    List<Object[]> rows = new ArrayList<>();
    for (RowOutcome<?> outcome : outcomes) {
      if (outcome instanceof RowOutcome.Rejected<?> rejected) {
        RejectedRow.Effect effect =
            switch (location.kind()) {
              case VENDORS -> RejectedRow.Effect.PARTY_NOT_SCREENED;
              case REPRESENTATIVES -> RejectedRow.Effect.REPRESENTATIVE_NOT_CHECKED;
              case STATEMENTS -> RejectedRow.Effect.STATEMENT_NOT_COUNTED;
            };
        rows.add(
            rejectionRow(
                importId,
                location,
                rejected.line(),
                rejected.rejection(),
                effect,
                rejected.partyOrgNo(),
                rejected.partyName()));
      } else if (outcome instanceof RowOutcome.Accepted<?> accepted) {
        for (Rejection ignored : accepted.ignoredFields()) {
          rows.add(
              rejectionRow(
                  importId,
                  location,
                  accepted.line(),
                  ignored,
                  RejectedRow.Effect.FIELD_IGNORED,
                  "",
                  ""));
        }
      }
    }
    batch(REJECTED_ROW, rows);
  }

  private static Object[] rejectionRow(
      String importId,
      ListLocation location,
      long line,
      Rejection rejection,
      RejectedRow.Effect effect,
      String partyOrgNo,
      String partyName) {
    return new Object[] {
      importId,
      location.kind().name(),
      line,
      rejection.column(),
      location.displayName(),
      rejection.value() == null ? "" : rejection.value(),
      rejection.code(),
      String.join(ARGUMENT_SEPARATOR, rejection.arguments()),
      effect.name(),
      partyOrgNo,
      partyName
    };
  }

  /**
   * Upserts the rows. On H2 a batch first tries plain inserts, which cost one index search less a
   * row than its {@code MERGE} (a fresh register, or the new rows of a run, are nearly all new):
   * when a row is there already H2 fails that row alone, keeps the others, and the whole batch is
   * then merged in the same transaction, which writes every row as the merge alone would have. An
   * upsert whose batch met existing rows merges straight away until the next import starts.
   * PostgreSQL's {@code ON CONFLICT} upsert costs no more than an insert, and a failed statement
   * would end its transaction; a batch of {@value #COPY_FROM_ROWS} rows or more goes in by {@code
   * COPY} ({@link PostgresCopyUpsert}), a smaller one a statement a row.
   */
  private void batch(Upsert upsert, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (!h2 && rows.size() >= COPY_FROM_ROWS) {
      jdbc.execute(
          (java.sql.Connection connection) -> {
            PostgresCopyUpsert.upsert(connection, upsert, rows);
            return null;
          });
      return;
    }
    if (h2 && !merging.contains(upsert)) {
      try {
        jdbc.batchUpdate(upsert.insertSql(), new BoundAsTheyAre(rows));
        return;
      } catch (DataAccessException existing) {
        merging.add(upsert); // the merge below fails the same way if it was not a duplicate key
      }
    }
    if (h2) {
      jdbc.batchUpdate(upsert.sql(database), new BoundAsTheyAre(rows));
    } else {
      jdbc.batchUpdate(upsert.sql(database), rows);
    }
  }

  /**
   * Binds H2's parameters by their values' own types (a text, a date, a decimal, a number, a null),
   * without asking the driver each null's column type as an untyped batch does: the binding was a
   * tenth of the import's list threads. PostgreSQL keeps the typed binding of an untyped batch.
   */
  private record BoundAsTheyAre(List<Object[]> rows) implements BatchPreparedStatementSetter {

    @Override
    public void setValues(PreparedStatement statement, int i) throws SQLException {
      Object[] row = rows.get(i);
      for (int column = 0; column < row.length; column++) {
        Object value = row[column];
        if (value instanceof String text) {
          statement.setString(column + 1, text);
        } else if (value == null) {
          statement.setNull(column + 1, Types.NULL);
        } else {
          statement.setObject(column + 1, value);
        }
      }
    }

    @Override
    public int getBatchSize() {
      return rows.size();
    }
  }

  private static List<Object[]> distinct(List<Object[]> rows) {
    Map<List<Object>, Object[]> distinct = new LinkedHashMap<>();
    for (Object[] row : rows) {
      distinct.putIfAbsent(java.util.Arrays.asList(row), row);
    }
    return new ArrayList<>(distinct.values());
  }
}
