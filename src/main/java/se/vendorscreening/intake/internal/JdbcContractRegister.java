package se.vendorscreening.intake.internal;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RejectedRow;

/** Reads the contract register from the database. */
@Repository
class JdbcContractRegister implements ContractRegister {

  private static final int PAGE_SIZE = 500;

  private static final String PARTIES_OF_IMPORT =
      "from intake_import_party ip"
          + " join intake_party p on p.procurement_id = ip.procurement_id"
          + " and p.party_key = ip.party_key"
          + " join intake_procurement pr on pr.procurement_id = p.procurement_id"
          + " where ip.import_id = ?";

  /**
   * A party with an ACTIVE contract, and a subcontractor working under a vendor with an ACTIVE
   * contract in the same procurement: both are followed while the contract runs.
   */
  private static final String PARTIES_OF_ACTIVE_CONTRACTS =
      "from intake_party p"
          + " join intake_procurement pr on pr.procurement_id = p.procurement_id"
          + " where (exists (select 1 from intake_contract c where c.procurement_id ="
          + " p.procurement_id and c.party_key = p.party_key and c.status = 'ACTIVE')"
          + " or (p.role = 'SUBCONTRACTOR' and exists (select 1 from intake_contract c"
          + " where c.procurement_id = p.procurement_id and c.party_key = p.parent_key"
          + " and c.status = 'ACTIVE')))";

  private final JdbcTemplate jdbc;
  private final IntakeMessages messages;

  JdbcContractRegister(JdbcTemplate jdbc, IntakeMessages messages) {
    this.jdbc = jdbc;
    this.messages = messages;
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfImport(String importId) {
    return new RegisteredPartyReader(
        "partiesOfImportReader",
        jdbc,
        PARTIES_OF_IMPORT,
        "ip",
        "ip.import_id, ip.procurement_id, ip.party_key",
        List.of(importId),
        PAGE_SIZE);
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfActiveContracts() {
    return new RegisteredPartyReader(
        "partiesOfActiveContractsReader",
        jdbc,
        PARTIES_OF_ACTIVE_CONTRACTS,
        "p",
        "p.procurement_id, p.party_key",
        List.of(),
        PAGE_SIZE);
  }

  @Override
  public List<RejectedRow> rejectedRows(String importId) {
    return jdbc.query(
        "select file_name, line, column_name, cell_value, reason_code, reason_arguments"
            + " from intake_rejected_row where import_id = ? order by file_kind desc, line",
        (rs, i) ->
            new RejectedRow(
                rs.getString("file_name"),
                rs.getLong("line"),
                rs.getString("column_name"),
                rs.getString("cell_value"),
                messages.text(
                    rs.getString("reason_code"), arguments(rs.getString("reason_arguments")))),
        importId);
  }

  private static List<String> arguments(String joined) {
    return joined.isEmpty()
        ? List.of()
        : Arrays.asList(joined.split(RegisterWriter.ARGUMENT_SEPARATOR, -1));
  }

  @Override
  public ImportSummary importSummary(String importId) {
    Integer imports =
        jdbc.queryForObject(
            "select count(*) from intake_import where import_id = ?", Integer.class, importId);
    if (imports == null || imports == 0) {
      throw new NoSuchElementException("no import " + importId);
    }
    List<InputFile> inputs =
        jdbc.query(
            "select f.path, f.sha256, f.rows_read, (select count(*) from intake_rejected_row r"
                + " where r.import_id = f.import_id and r.file_kind = f.file_kind) as rejected"
                + " from intake_import_file f where f.import_id = ? order by f.file_kind desc",
            (rs, i) ->
                new InputFile(
                    rs.getString("path"),
                    rs.getString("sha256"),
                    rs.getLong("rows_read"),
                    rs.getLong("rejected")),
            importId);
    return new ImportSummary(
        importId,
        inputs,
        count("intake_import_party", importId),
        representativesAccepted(importId),
        count("intake_rejected_row", importId));
  }

  /** The rows of the import's representatives file that were not rejected. */
  private long representativesAccepted(String importId) {
    Long accepted =
        jdbc.queryForObject(
            "select coalesce(sum(f.rows_read - (select count(*) from intake_rejected_row r"
                + " where r.import_id = f.import_id and r.file_kind = f.file_kind)), 0)"
                + " from intake_import_file f where f.import_id = ? and f.file_kind = ?",
            Long.class,
            importId,
            ListKind.REPRESENTATIVES.name());
    return accepted == null ? 0 : accepted;
  }

  private long count(String table, String importId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from " + table + " where import_id = ?", Long.class, importId);
    return count == null ? 0 : count;
  }
}
