package se.vendorscreening.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.ContractStatus;
import se.vendorscreening.intake.PartyPositions;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.ProcurementType;

/**
 * Streams parties in (procurement, key) order a page at a time, by keyset pagination: each page is
 * one query for the parties after the last key read, one for their contracts and one for their
 * representatives, so memory holds two pages whatever the register's size. The next page is read on
 * a thread of its own while the current one is being screened, so the chunk thread does not stop
 * the screening to query the database. The last key returned is saved in the execution context, and
 * a restart continues after it; a consumer that reads ahead of what it has written holds the saved
 * key back to the last party it wrote ({@link PartyPositions}).
 */
class RegisteredPartyReader extends AbstractItemCountingItemStreamItemReader<RegisteredParty>
    implements PartyPositions {

  private static final String PARTY_COLUMNS =
      "p.procurement_id, p.party_key, p.identity_number, p.country, p.foreign_id, p.name,"
          + " p.role, p.parent_key, pr.procurement_type, pr.title, p.contract_value_sek,"
          + " p.subcontract_share_percent";

  private final JdbcTemplate jdbc;
  private final String fromWhere;
  private final String keyAlias;
  private final String orderBy;
  private final List<Object> arguments;
  private final int pageSize;
  private final Deque<RegisteredParty> page = new ArrayDeque<>();
  private String lastProcurement = "";
  private String lastKey = "";

  /** The position to save instead of the last one read, once the consumer has named one. */
  private String savedProcurement;

  private String savedKey;
  private boolean exhausted;
  private boolean resumedFromKey;
  private final AsyncTaskExecutor prefetcher;
  private Future<List<RegisteredParty>> nextPage;

  /**
   * @param fromWhere the FROM clause (party alias {@code p}, procurement alias {@code pr}) and the
   *     WHERE clause; the keyset condition is appended with {@code and}
   * @param keyAlias the alias whose procurement_id and party_key end its primary key
   * @param orderBy every column of that primary key, so that the database reads the page in index
   *     order and stops after it instead of sorting the rest of the table
   * @param prefetcher reads the next page while this one is screened
   */
  RegisteredPartyReader(
      String name,
      JdbcTemplate jdbc,
      String fromWhere,
      String keyAlias,
      String orderBy,
      List<Object> arguments,
      int pageSize,
      AsyncTaskExecutor prefetcher) {
    setName(name);
    this.prefetcher = prefetcher;
    this.jdbc = jdbc;
    this.fromWhere = fromWhere;
    this.keyAlias = keyAlias;
    this.orderBy = orderBy;
    this.arguments = List.copyOf(arguments);
    this.pageSize = pageSize;
  }

  /**
   * Starts reading after the given party instead of at the first one (a partition of the parties; a
   * restart still continues after the last key saved).
   */
  RegisteredPartyReader startingAfter(String procurementId, String partyKey) {
    lastProcurement = procurementId;
    lastKey = partyKey;
    return this;
  }

  @Override
  public void open(ExecutionContext context) {
    String procurementKey = getExecutionContextKey("lastProcurement");
    if (context.containsKey(procurementKey)) {
      lastProcurement = context.getString(procurementKey);
      lastKey = context.getString(getExecutionContextKey("lastKey"));
      resumedFromKey = true;
    }
    super.open(context);
  }

  @Override
  public void update(ExecutionContext context) {
    super.update(context);
    boolean heldBack = savedProcurement != null;
    context.putString(
        getExecutionContextKey("lastProcurement"), heldBack ? savedProcurement : lastProcurement);
    context.putString(getExecutionContextKey("lastKey"), heldBack ? savedKey : lastKey);
  }

  @Override
  public void savePositionAfter(RegisteredParty party) {
    savedProcurement = party.procurementId();
    savedKey = party.key();
  }

  @Override
  protected void jumpToItem(int itemIndex) throws Exception {
    if (!resumedFromKey) {
      super.jumpToItem(itemIndex);
    }
  }

  @Override
  protected void doOpen() {
    savedProcurement = null;
    savedKey = null;
    page.clear();
    exhausted = false;
    nextPage = null;
  }

  @Override
  protected RegisteredParty doRead() throws Exception {
    if (page.isEmpty() && !exhausted) {
      nextPage();
    }
    RegisteredParty party = page.poll();
    if (party != null) {
      lastProcurement = party.procurementId();
      lastKey = party.key();
    }
    return party;
  }

  @Override
  protected void doClose() {
    page.clear();
    // never interrupted: an interrupt inside H2's file I/O closes the database's file channel; a
    // page still being read is left to finish and dropped
    if (nextPage != null) {
      nextPage.cancel(false);
      nextPage = null;
    }
  }

  /**
   * Takes the page read ahead (or reads the first one), and starts reading the one after it.
   *
   * @throws Exception what reading the page threw
   */
  private void nextPage() throws Exception {
    List<RegisteredParty> parties;
    if (nextPage == null) {
      parties = fetchPage(lastProcurement, lastKey);
    } else {
      try {
        parties = nextPage.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      } finally {
        nextPage = null;
      }
    }
    if (parties.size() < pageSize) {
      exhausted = true;
    } else {
      RegisteredParty last = parties.get(parties.size() - 1);
      nextPage = prefetcher.submit(() -> fetchPage(last.procurementId(), last.key()));
    }
    page.addAll(parties);
  }

  /**
   * The page after the given key: first the rest of its procurement, then the following
   * procurements. Two simple range conditions instead of one with OR, so that both databases walk
   * the primary key index instead of scanning and sorting the whole table for every page.
   */
  private List<RegisteredParty> fetchPage(String afterProcurement, String afterKey) {
    String select = "select " + PARTY_COLUMNS + " " + fromWhere + " and ";
    String key = keyAlias + ".";
    List<Object> sameProcurement = new ArrayList<>(arguments);
    sameProcurement.addAll(List.of(afterProcurement, afterKey, pageSize));
    List<PartyRow> parties =
        new ArrayList<>(
            jdbc.query(
                select
                    + key
                    + "procurement_id = ? and "
                    + key
                    + "party_key > ? order by "
                    + orderBy
                    + " limit ?",
                (rs, i) -> PartyRow.of(rs),
                sameProcurement.toArray()));
    if (parties.size() < pageSize) {
      List<Object> laterProcurements = new ArrayList<>(arguments);
      laterProcurements.addAll(List.of(afterProcurement, pageSize - parties.size()));
      parties.addAll(
          jdbc.query(
              select + key + "procurement_id > ? order by " + orderBy + " limit ?",
              (rs, i) -> PartyRow.of(rs),
              laterProcurements.toArray()));
    }
    if (parties.isEmpty()) {
      return List.of();
    }
    Map<String, List<Contract>> contracts = contractsOf(parties);
    Map<String, List<RegisteredRepresentative>> representatives = representativesOf(parties);
    List<RegisteredParty> fetched = new ArrayList<>(parties.size());
    for (PartyRow party : parties) {
      fetched.add(
          party.toParty(
              representatives.getOrDefault(party.key(), List.of()),
              contracts.getOrDefault(party.procurementId() + "\u0000" + party.key(), List.of())));
    }
    return fetched;
  }

  /**
   * The contracts of a page's parties, by a key range per procurement (a page is sorted by key, so
   * the range walks the primary key; an IN list on the key's second column would scan).
   */
  private Map<String, List<Contract>> contractsOf(List<PartyRow> parties) {
    Map<String, List<String>> keysByProcurement = new LinkedHashMap<>();
    parties.forEach(
        p ->
            keysByProcurement
                .computeIfAbsent(p.procurementId(), k -> new ArrayList<>())
                .add(p.key()));
    Map<String, List<Contract>> contracts = new HashMap<>();
    keysByProcurement.forEach(
        (procurementId, keys) ->
            jdbc.query(
                "select party_key, contract_id, status, start_date, end_date, annual_value_sek"
                    + " from intake_contract where procurement_id = ? and party_key >= ?"
                    + " and party_key <= ? order by party_key, contract_id",
                rs -> {
                  contracts
                      .computeIfAbsent(
                          procurementId + "\u0000" + rs.getString("party_key"),
                          k -> new ArrayList<>())
                      .add(
                          new Contract(
                              rs.getString("contract_id"),
                              ContractStatus.valueOf(rs.getString("status")),
                              rs.getObject("start_date", java.time.LocalDate.class),
                              rs.getObject("end_date", java.time.LocalDate.class),
                              rs.getBigDecimal("annual_value_sek")));
                },
                procurementId,
                keys.get(0),
                keys.get(keys.size() - 1)));
    return contracts;
  }

  /**
   * The representatives of a page's parties ({@link RepresentativeRows#KEYS_A_QUERY} keys a query).
   */
  private Map<String, List<RegisteredRepresentative>> representativesOf(List<PartyRow> parties) {
    return RepresentativeRows.byParty(
        jdbc, parties.stream().map(PartyRow::key).distinct().toList(), "role, person_key");
  }

  private static String placeholders(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }

  record PartyRow(
      String procurementId,
      String key,
      String identityNumber,
      String country,
      String foreignId,
      String name,
      String role,
      String parentKey,
      String procurementType,
      String title,
      java.math.BigDecimal contractValueSek,
      java.math.BigDecimal subcontractSharePercent) {

    static PartyRow of(ResultSet rs) throws SQLException {
      return new PartyRow(
          rs.getString("procurement_id"),
          rs.getString("party_key"),
          rs.getString("identity_number"),
          rs.getString("country"),
          rs.getString("foreign_id"),
          rs.getString("name"),
          rs.getString("role"),
          rs.getString("parent_key"),
          rs.getString("procurement_type"),
          rs.getString("title"),
          rs.getBigDecimal("contract_value_sek"),
          rs.getBigDecimal("subcontract_share_percent"));
    }

    RegisteredParty toParty(
        List<RegisteredRepresentative> representatives, List<Contract> contracts) {
      return new RegisteredParty(
          procurementId,
          ProcurementType.valueOf(procurementType),
          title,
          identityNumberOf(identityNumber),
          country,
          foreignId,
          name,
          PartyRole.valueOf(role),
          parentKey,
          representatives,
          contracts,
          contractValueSek,
          subcontractSharePercent);
    }

    private static IdentityNumber identityNumberOf(String digits) {
      if (digits == null) {
        return null;
      }
      return digits.length() == 12
          ? new PersonalIdentityNumber(digits)
          : new OrganisationNumber(digits);
    }
  }
}
