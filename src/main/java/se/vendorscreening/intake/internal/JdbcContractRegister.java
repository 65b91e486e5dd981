package se.vendorscreening.intake.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.PartyRange;
import se.vendorscreening.intake.RegisterCircle;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;

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
   * A party with an ACTIVE contract, and a subcontractor at any tier below one in the same
   * procurement: all are followed while the contract runs. The re-check records them in
   * intake_followed_party before it reads them ({@link #replaceFollowedParties}).
   */
  private static final String PARTIES_OF_ACTIVE_CONTRACTS =
      "from intake_party p"
          + " join intake_procurement pr on pr.procurement_id = p.procurement_id"
          + " where exists (select 1 from intake_followed_party f where f.procurement_id ="
          + " p.procurement_id and f.party_key = p.party_key)";

  private final JdbcTemplate jdbc;
  private final IntakeMessages messages;
  private final AsyncTaskExecutor prefetcher;

  /**
   * @param prefetcher reads the next page of parties while a reader's current page is screened
   *     ({@link IntakeThreads})
   */
  JdbcContractRegister(
      JdbcTemplate jdbc,
      IntakeMessages messages,
      @Qualifier(IntakeThreads.PARTY_PREFETCH) AsyncTaskExecutor prefetcher) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.prefetcher = prefetcher;
  }

  @Override
  public void readCircle(String importId, RegisterCircle visitor) {
    streamCircle(
        "select p.procurement_id, p.party_key, p.identity_number, p.country, p.foreign_id,"
            + " p.name, p.role, p.parent_key, pr.procurement_type, pr.title,"
            + " p.contract_value_sek, p.subcontract_share_percent,"
            + " case when ip.import_id is null then 0 else 1 end as imported"
            + " from intake_party p"
            + " join intake_procurement pr on pr.procurement_id = p.procurement_id"
            + " left join intake_import_party ip on ip.import_id = ?"
            + " and ip.procurement_id = p.procurement_id and ip.party_key = p.party_key"
            + " where ip.import_id is not null"
            + " or exists (select 1 from intake_contract c where c.procurement_id ="
            + " p.procurement_id and c.party_key = p.party_key and c.status = 'ACTIVE')"
            + " or (p.role = 'SUBCONTRACTOR' and exists (select 1 from intake_contract c"
            + " where c.procurement_id = p.procurement_id and c.party_key = p.parent_key"
            + " and c.status = 'ACTIVE'))",
        visitor,
        importId);
  }

  @Override
  public void readFollowedCircle(RegisterCircle visitor) {
    streamCircle(
        "select p.procurement_id, p.party_key, p.identity_number, p.country, p.foreign_id,"
            + " p.name, p.role, p.parent_key, pr.procurement_type, pr.title,"
            + " p.contract_value_sek, p.subcontract_share_percent, 1 as imported "
            + PARTIES_OF_ACTIVE_CONTRACTS,
        visitor);
  }

  /**
   * Every contract, then the parties the query selects (its column {@code imported} says whether
   * the graph evaluates them), then every representative of the register.
   */
  private void streamCircle(String parties, RegisterCircle visitor, Object... arguments) {
    Map<List<String>, List<Contract>> contracts = new HashMap<>();
    jdbc.query(
        "select c.procurement_id, c.party_key, c.contract_id, c.status, c.start_date,"
            + " c.end_date, c.annual_value_sek from intake_contract c",
        rs -> {
          contracts
              .computeIfAbsent(
                  List.of(rs.getString("procurement_id"), rs.getString("party_key")),
                  k -> new ArrayList<>())
              .add(
                  new Contract(
                      rs.getString("contract_id"),
                      ContractStatus.valueOf(rs.getString("status")),
                      rs.getObject("start_date", LocalDate.class),
                      rs.getObject("end_date", LocalDate.class),
                      rs.getBigDecimal("annual_value_sek")));
        });
    jdbc.query(
        parties,
        rs -> {
          RegisteredPartyReader.PartyRow row = RegisteredPartyReader.PartyRow.of(rs);
          visitor.party(
              row.toParty(
                  List.of(),
                  contracts.getOrDefault(List.of(row.procurementId(), row.key()), List.of())),
              rs.getInt("imported") == 1);
        },
        arguments);
    jdbc.query(
        "select party_key, person_id, name, birth_date, role, birth_month, valid_from, valid_to"
            + " from intake_representative",
        rs -> {
          String personId = rs.getString("person_id");
          String birthMonth = rs.getString("birth_month");
          visitor.representative(
              rs.getString("party_key"),
              new RegisteredRepresentative(
                  personId == null ? null : new PersonalIdentityNumber(personId),
                  rs.getString("name"),
                  rs.getObject("birth_date", LocalDate.class),
                  RepresentativeRole.valueOf(rs.getString("role")),
                  birthMonth == null ? null : java.time.YearMonth.parse(birthMonth),
                  rs.getObject("valid_from", LocalDate.class),
                  rs.getObject("valid_to", LocalDate.class)));
        });
  }

  /** Where a restart of an import redoes its ownership rows, they are deleted first. */
  @Override
  @Transactional
  public void recordOwnership(String importId, List<OwnershipStake> stakes) {
    jdbc.update("delete from intake_ownership_stake where import_id = ?", importId);
    jdbc.batchUpdate(
        "insert into intake_ownership_stake (import_id, line, owner_id, owner_name, owned_key,"
            + " share_percent, owner_country, registered_on) values (?, ?, ?, ?, ?, ?, ?, ?)",
        new ArrayList<>(stakes),
        PAGE_SIZE,
        (ps, stake) -> {
          ps.setString(1, importId);
          ps.setLong(2, stake.line());
          ps.setString(3, stake.ownerId());
          ps.setString(4, stake.ownerName());
          ps.setString(5, stake.ownedKey());
          ps.setBigDecimal(6, stake.sharePercent());
          ps.setString(7, stake.ownerCountry());
          ps.setObject(8, stake.date(), java.sql.Types.DATE);
        });
  }

  /**
   * Per owned organisation the import of the latest start (the larger id on a tie) among those
   * whose ownership file named it in a row dated on or before {@code asOf} (or undated), ranked in
   * the database as the statements are; of that import, the rows so dated.
   */
  @Override
  public List<OwnershipStake> currentOwnership(LocalDate asOf) {
    String counts = " (%1$s.registered_on is null or %1$s.registered_on <= ?)";
    return jdbc.query(
        "select s.* from intake_ownership_stake s join (select ranked.owned_key,"
            + " ranked.import_id from (select x.owned_key, x.import_id, row_number() over"
            + " (partition by x.owned_key order by i.started_at desc, x.import_id desc) as place"
            + " from (select distinct owned_key, import_id from intake_ownership_stake d where"
            + counts.formatted("d")
            + ") x join intake_import i on i.import_id = x.import_id) ranked"
            + " where ranked.place = 1) latest on latest.owned_key = s.owned_key"
            + " and latest.import_id = s.import_id where"
            + counts.formatted("s")
            + " order by s.import_id, s.line",
        (rs, i) ->
            new OwnershipStake(
                rs.getString("owner_id"),
                rs.getString("owner_name"),
                rs.getString("owned_key"),
                rs.getBigDecimal("share_percent"),
                rs.getString("owner_country"),
                rs.getObject("registered_on", LocalDate.class),
                rs.getLong("line")),
        asOf,
        asOf);
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
        PAGE_SIZE,
        prefetcher);
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfImport(String importId, PartyRange range) {
    return inRange(
        "partiesOfImportReader",
        PARTIES_OF_IMPORT,
        "ip",
        "ip.import_id, ip.procurement_id, ip.party_key",
        List.of(importId),
        range);
  }

  @Override
  public ItemStreamReader<RegisteredParty> partiesOfActiveContracts(PartyRange range) {
    return inRange(
        "partiesOfActiveContractsReader",
        PARTIES_OF_ACTIVE_CONTRACTS,
        "p",
        "p.procurement_id, p.party_key",
        List.of(),
        range);
  }

  /**
   * The range's upper bound is one more WHERE condition; its lower bound is where the keyset
   * pagination starts, so each page still walks the primary key from there.
   */
  private ItemStreamReader<RegisteredParty> inRange(
      String name,
      String fromWhere,
      String keyAlias,
      String orderBy,
      List<Object> arguments,
      PartyRange range) {
    String bounded = fromWhere;
    List<Object> boundedArguments = new ArrayList<>(arguments);
    if (range.lastProcurementId() != null) {
      String key = keyAlias + ".";
      bounded +=
          " and (%sprocurement_id < ? or (%sprocurement_id = ? and %sparty_key <= ?))"
              .formatted(key, key, key);
      boundedArguments.addAll(
          List.of(range.lastProcurementId(), range.lastProcurementId(), range.lastPartyKey()));
    }
    RegisteredPartyReader reader =
        new RegisteredPartyReader(
            name, jdbc, bounded, keyAlias, orderBy, boundedArguments, PAGE_SIZE, prefetcher);
    return range.afterProcurementId() == null
        ? reader
        : reader.startingAfter(range.afterProcurementId(), range.afterPartyKey());
  }

  @Override
  public List<PartyRange> partyRangesOfImport(String importId, int count) {
    return ranges(
        "from intake_import_party ip where ip.import_id = ?", "ip", List.of(importId), count);
  }

  @Override
  public List<PartyRange> partyRangesOfActiveContracts(int count) {
    return ranges(PARTIES_OF_ACTIVE_CONTRACTS, "p", List.of(), count);
  }

  /**
   * Every {@code size}-th party in reading order ends a range; the database numbers the parties, so
   * the ranges follow its collation exactly as the reader's keyset conditions do.
   */
  private List<PartyRange> ranges(
      String fromWhere, String keyAlias, List<Object> arguments, int count) {
    long parties =
        jdbc.queryForObject("select count(*) " + fromWhere, Long.class, arguments.toArray());
    long size = Math.max(1, (parties + count - 1) / Math.max(1, count));
    String key = keyAlias + ".";
    List<Object> numberedArguments = new ArrayList<>(arguments);
    numberedArguments.addAll(List.of(size, parties));
    List<String[]> ends =
        jdbc.query(
            ("select procurement_id, party_key from (select %1$sprocurement_id, %1$sparty_key,"
                    + " row_number() over (order by %1$sprocurement_id, %1$sparty_key) as position"
                    + " %2$s) numbered where mod(position, ?) = 0 and position < ?"
                    + " order by position")
                .formatted(key, fromWhere),
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
            numberedArguments.toArray());
    List<PartyRange> ranges = new ArrayList<>(ends.size() + 1);
    String[] after = {null, null};
    for (String[] end : ends) {
      ranges.add(new PartyRange(after[0], after[1], end[0], end[1]));
      after = end;
    }
    ranges.add(new PartyRange(after[0], after[1], null, null));
    return ranges;
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
        PAGE_SIZE,
        prefetcher);
  }

  @Override
  public List<SubcontractorLink> subcontractorLinks() {
    return jdbc.query(
        "select procurement_id, party_key, parent_key from intake_party"
            + " where parent_key is not null",
        (rs, i) ->
            new SubcontractorLink(
                rs.getString("procurement_id"),
                rs.getString("party_key"),
                rs.getString("parent_key")));
  }

  /** In key order, the order of the primary key the query walks (there is no status index). */
  @Override
  public List<FollowedParty> contractedParties() {
    return jdbc.query(
        "select distinct procurement_id, party_key from intake_contract where status = 'ACTIVE'"
            + " order by procurement_id, party_key",
        (rs, i) -> new FollowedParty(rs.getString("procurement_id"), rs.getString("party_key"), 0));
  }

  @Override
  @Transactional
  public void replaceFollowedParties(Collection<FollowedParty> parties) {
    jdbc.update("delete from intake_followed_party");
    jdbc.batchUpdate(
        "insert into intake_followed_party (procurement_id, party_key, tier) values (?, ?, ?)",
        new ArrayList<>(parties),
        PAGE_SIZE,
        (ps, party) -> {
          ps.setString(1, party.procurementId());
          ps.setString(2, party.partyKey());
          ps.setInt(3, party.tier());
        });
  }

  /** Counts whole rows rejected, not the fields ignored in imported rows. */
  private static final String REJECTED_ROWS = " and r.effect <> 'FIELD_IGNORED'";

  @Override
  public Optional<String> procurementTitle(String procurementId) {
    return jdbc
        .query(
            "select title from intake_procurement where procurement_id = ?",
            (rs, i) -> rs.getString("title"),
            procurementId)
        .stream()
        .filter(title -> title != null && !title.isBlank())
        .findFirst();
  }

  @Override
  public List<RegisteredRepresentative> representativesOf(String partyKey) {
    return jdbc.query(
        "select person_id, name, birth_date, birth_month, role from intake_representative"
            + " where party_key = ? order by role, name, person_key",
        (rs, i) -> RepresentativeRows.of(rs),
        partyKey);
  }

  /** {@link RepresentativeRows#KEYS_A_QUERY} keys a query, by the primary key's first column. */
  @Override
  public Map<String, List<RegisteredRepresentative>> representativesOf(
      Collection<String> partyKeys) {
    List<String> keys = partyKeys.stream().distinct().toList();
    Map<String, List<RegisteredRepresentative>> representatives =
        RepresentativeRows.byParty(jdbc, keys, "role, name, person_key");
    for (String key : keys) {
      representatives.putIfAbsent(key, new ArrayList<>(2));
    }
    return representatives;
  }

  @Override
  public List<RejectedRow> rejectedRows(String importId) {
    return jdbc.query(
        "select file_name, line, column_name, cell_value, reason_code, reason_arguments, effect,"
            + " party_org_no, party_name from intake_rejected_row where import_id = ?"
            + " order by file_kind desc, line, column_name",
        (rs, i) -> {
          RejectedRow.Effect effect = RejectedRow.Effect.valueOf(rs.getString("effect"));
          String reason =
              messages.text(
                  rs.getString("reason_code"), arguments(rs.getString("reason_arguments")));
          return new RejectedRow(
              rs.getString("file_name"),
              rs.getLong("line"),
              rs.getString("column_name"),
              rs.getString("cell_value"),
              effect == RejectedRow.Effect.FIELD_IGNORED
                  ? messages.text("fieldIgnored", List.of(reason))
                  : reason,
              effect,
              rs.getString("party_org_no"),
              rs.getString("party_name"));
        },
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
                + " where r.import_id = f.import_id and r.file_kind = f.file_kind"
                + REJECTED_ROWS
                + ") as rejected"
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
        countRejections(importId, false),
        countRejections(importId, true));
  }

  /** The rows of the import's representatives file that were not rejected. */
  private long representativesAccepted(String importId) {
    Long accepted =
        jdbc.queryForObject(
            "select coalesce(sum(f.rows_read - (select count(*) from intake_rejected_row r"
                + " where r.import_id = f.import_id and r.file_kind = f.file_kind"
                + REJECTED_ROWS
                + ")), 0)"
                + " from intake_import_file f where f.import_id = ? and f.file_kind = ?",
            Long.class,
            importId,
            ListKind.REPRESENTATIVES.name());
    return accepted == null ? 0 : accepted;
  }

  /** Rejected rows, or ignored fields, of the import. */
  private long countRejections(String importId, boolean fieldsIgnored) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from intake_rejected_row where import_id = ? and effect "
                + (fieldsIgnored ? "=" : "<>")
                + " ?",
            Long.class,
            importId,
            RejectedRow.Effect.FIELD_IGNORED.name());
    return count == null ? 0 : count;
  }

  private long count(String table, String importId) {
    Long count =
        jdbc.queryForObject(
            "select count(*) from " + table + " where import_id = ?", Long.class, importId);
    return count == null ? 0 : count;
  }
}
