package se.vendorscreening.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the contract register with SQL MERGE (standard SQL, run unchanged by H2 and PostgreSQL
 * 15): every write is an upsert on natural keys, so a repeated import or a restarted chunk leaves
 * the same rows.
 */
@Repository
class RegisterWriter {

  private static final String MERGE_PROCUREMENT =
      """
      merge into intake_procurement t
      using (values (cast(? as varchar(100)), cast(? as varchar(10)), cast(? as varchar(1000))))
        as s(procurement_id, procurement_type, title)
      on t.procurement_id = s.procurement_id
      when matched then update set procurement_type = s.procurement_type,
        title = coalesce(s.title, t.title)
      when not matched then insert (procurement_id, procurement_type, title)
        values (s.procurement_id, s.procurement_type, s.title)
      """;

  private static final String MERGE_PARTY =
      """
      merge into intake_party t
      using (values (cast(? as varchar(100)), cast(? as varchar(120)), cast(? as varchar(12)),
          cast(? as varchar(2)), cast(? as varchar(100)), cast(? as varchar(1000)),
          cast(? as varchar(20)), cast(? as varchar(120))))
        as s(procurement_id, party_key, identity_number, country, foreign_id, name, role,
          parent_key)
      on t.procurement_id = s.procurement_id and t.party_key = s.party_key
      when matched then update set identity_number = s.identity_number, country = s.country,
        foreign_id = s.foreign_id, name = s.name, role = s.role, parent_key = s.parent_key
      when not matched then insert (procurement_id, party_key, identity_number, country,
          foreign_id, name, role, parent_key)
        values (s.procurement_id, s.party_key, s.identity_number, s.country, s.foreign_id,
          s.name, s.role, s.parent_key)
      """;

  private static final String MERGE_CONTRACT =
      """
      merge into intake_contract t
      using (values (cast(? as varchar(100)), cast(? as varchar(120)), cast(? as varchar(100)),
          cast(? as varchar(10)), cast(? as date), cast(? as date), cast(? as numeric(18, 2))))
        as s(procurement_id, party_key, contract_id, status, start_date, end_date,
          annual_value_sek)
      on t.procurement_id = s.procurement_id and t.party_key = s.party_key
        and t.contract_id = s.contract_id
      when matched then update set status = s.status, start_date = s.start_date,
        end_date = s.end_date, annual_value_sek = s.annual_value_sek
      when not matched then insert (procurement_id, party_key, contract_id, status, start_date,
          end_date, annual_value_sek)
        values (s.procurement_id, s.party_key, s.contract_id, s.status, s.start_date,
          s.end_date, s.annual_value_sek)
      """;

  private static final String LINK_PARTY =
      """
      merge into intake_import_party t
      using (values (cast(? as varchar(100)), cast(? as varchar(100)), cast(? as varchar(120))))
        as s(import_id, procurement_id, party_key)
      on t.import_id = s.import_id and t.procurement_id = s.procurement_id
        and t.party_key = s.party_key
      when not matched then insert (import_id, procurement_id, party_key)
        values (s.import_id, s.procurement_id, s.party_key)
      """;

  private static final String MERGE_REPRESENTATIVE =
      """
      merge into intake_representative t
      using (values (cast(? as varchar(120)), cast(? as varchar(1100)), cast(? as varchar(20)),
          cast(? as varchar(12)), cast(? as varchar(1000)), cast(? as date)))
        as s(party_key, person_key, role, person_id, name, birth_date)
      on t.party_key = s.party_key and t.person_key = s.person_key and t.role = s.role
      when matched then update set person_id = s.person_id, name = s.name,
        birth_date = s.birth_date
      when not matched then insert (party_key, person_key, role, person_id, name, birth_date)
        values (s.party_key, s.person_key, s.role, s.person_id, s.name, s.birth_date)
      """;

  private static final String LINK_REPRESENTATIVE =
      """
      merge into intake_import_representative t
      using (values (cast(? as varchar(100)), cast(? as varchar(120)), cast(? as varchar(1100)),
          cast(? as varchar(20))))
        as s(import_id, party_key, person_key, role)
      on t.import_id = s.import_id and t.party_key = s.party_key
        and t.person_key = s.person_key and t.role = s.role
      when not matched then insert (import_id, party_key, person_key, role)
        values (s.import_id, s.party_key, s.person_key, s.role)
      """;

  private static final String MERGE_REJECTED =
      """
      merge into intake_rejected_row t
      using (values (cast(? as varchar(100)), cast(? as varchar(20)), cast(? as bigint),
          cast(? as varchar(4000)), cast(? as varchar(200)), cast(? as varchar(4000)),
          cast(? as varchar(200)), cast(? as varchar(4000))))
        as s(import_id, file_kind, line, file_name, column_name, cell_value, reason_code,
          reason_arguments)
      on t.import_id = s.import_id and t.file_kind = s.file_kind and t.line = s.line
      when not matched then insert (import_id, file_kind, line, file_name, column_name,
          cell_value, reason_code, reason_arguments)
        values (s.import_id, s.file_kind, s.line, s.file_name, s.column_name, s.cell_value,
          s.reason_code, s.reason_arguments)
      """;

  private static final String MERGE_IMPORT =
      """
      merge into intake_import t
      using (values (cast(? as varchar(100)), cast(? as timestamp))) as s(import_id, started_at)
      on t.import_id = s.import_id
      when not matched then insert (import_id, started_at) values (s.import_id, s.started_at)
      """;

  private static final String MERGE_IMPORT_FILE =
      """
      merge into intake_import_file t
      using (values (cast(? as varchar(100)), cast(? as varchar(20)), cast(? as varchar(4000)),
          cast(? as varchar(64)), cast(? as bigint)))
        as s(import_id, file_kind, path, sha256, rows_read)
      on t.import_id = s.import_id and t.file_kind = s.file_kind
      when matched then update set path = s.path, sha256 = s.sha256, rows_read = s.rows_read
      when not matched then insert (import_id, file_kind, path, sha256, rows_read)
        values (s.import_id, s.file_kind, s.path, s.sha256, s.rows_read)
      """;

  static final String ARGUMENT_SEPARATOR = "\u001f";

  private final JdbcTemplate jdbc;

  RegisterWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void startImport(String importId, Collection<InspectedList> inputs) {
    jdbc.update(MERGE_IMPORT, importId, Timestamp.from(Instant.now()));
    for (InspectedList input : inputs) {
      jdbc.update(
          MERGE_IMPORT_FILE,
          importId,
          input.location().kind().name(),
          input.location().displayName(),
          input.sha256(),
          input.rows());
    }
  }

  void finishImport(String importId) {
    jdbc.update(
        "update intake_import set finished_at = ? where import_id = ?",
        Timestamp.from(Instant.now()),
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
            row.parentKey()
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
    batch(MERGE_PROCUREMENT, distinct(procurements));
    batch(MERGE_PARTY, parties);
    batch(MERGE_CONTRACT, contracts);
    batch(LINK_PARTY, links);
  }

  void writeRepresentatives(String importId, List<RepresentativeRow> rows) {
    List<Object[]> representatives = new ArrayList<>();
    List<Object[]> links = new ArrayList<>();
    for (RepresentativeRow row : rows) {
      representatives.add(
          new Object[] {
            row.partyKey(),
            row.personKey(),
            row.role().name(),
            row.personId() == null ? null : row.personId().canonical(),
            row.name(),
            row.birthDate()
          });
      links.add(new Object[] {importId, row.partyKey(), row.personKey(), row.role().name()});
    }
    batch(MERGE_REPRESENTATIVE, representatives);
    batch(LINK_REPRESENTATIVE, links);
  }

  void writeRejections(
      String importId, ListLocation location, List<RowOutcome.Rejected<?>> rejections) {
    List<Object[]> rows = new ArrayList<>();
    for (RowOutcome.Rejected<?> rejected : rejections) {
      Rejection rejection = rejected.rejection();
      rows.add(
          new Object[] {
            importId,
            location.kind().name(),
            rejected.line(),
            location.displayName(),
            rejection.column(),
            rejection.value() == null ? "" : rejection.value(),
            rejection.code(),
            String.join(ARGUMENT_SEPARATOR, rejection.arguments())
          });
    }
    batch(MERGE_REJECTED, rows);
  }

  private void batch(String sql, List<Object[]> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(sql, rows);
    }
  }

  private static List<Object[]> distinct(List<Object[]> rows) {
    List<Object[]> distinct = new ArrayList<>();
    List<List<Object>> seen = new ArrayList<>();
    for (Object[] row : rows) {
      List<Object> key = java.util.Arrays.asList(row);
      if (!seen.contains(key)) {
        seen.add(key);
        distinct.add(row);
      }
    }
    return distinct;
  }
}
