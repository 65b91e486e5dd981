package se.vendorscreening.screening.internal.stores;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.AddedFindings;
import se.vendorscreening.screening.internal.rules.Changes;
import se.vendorscreening.screening.internal.rules.EvidenceMarks;
import se.vendorscreening.screening.internal.rules.ScreenedParty;
import se.vendorscreening.screening.internal.rules.StoredFindings;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.ProcurementType;

/**
 * Stores party results and their findings with batch inserts, and streams them back ordered by
 * procurement and org_no.
 */
@Repository
public class PartyResultStore {

  private static final String INSERT_RESULT =
      "insert into screening_party_result (run_id, procurement_id, party_key, sort_key,"
          + " procurement_type, org_no, name, role, parent_key, parent_org_no, computed_decision,"
          + " decision, contracts, overrides, persons_checked)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_FINDING =
      "insert into screening_finding (run_id, procurement_id, party_key, ordinal, rule_id,"
          + " legal_basis, decision, informational, subject_name, subject_role, masked_subject_id,"
          + " match_type, score, summary, evidence, ground_date, source, exclusion_grounds,"
          + " evidence_basis)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "select p.procurement_id, p.party_key, p.procurement_type, p.org_no, p.name, p.role,"
          + " p.parent_org_no, p.computed_decision, p.decision, p.contracts, p.overrides,"
          + " p.persons_checked, p.previous_decision, p.change_class, f.ordinal, f.rule_id, f.legal_basis,"
          + " f.decision as f_decision, f.informational, f.subject_name, f.subject_role,"
          + " f.masked_subject_id, f.match_type, f.score, f.summary, f.evidence, f.ground_date,"
          + " f.source, f.exclusion_grounds, f.evidence_basis from screening_party_result p left join screening_finding f"
          + " on f.run_id = p.run_id and f.procurement_id = p.procurement_id"
          + " and f.party_key = p.party_key where p.run_id = ?";

  /** Explicit types spare the driver a metadata round trip for every null value. */
  private static final int[] RESULT_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.INTEGER
  };

  private static final int[] FINDING_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.NUMERIC, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR
  };

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;

  /**
   * Whether the database is H2, which materializes a whole result before its first row unless the
   * query is executed lazily; worth it for a run's results, not for one party's.
   */
  private final boolean h2;

  PartyResultStore(JdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.h2 =
        "H2"
            .equals(
                jdbc.execute(
                    (java.sql.Connection connection) ->
                        connection.getMetaData().getDatabaseProductName()));
  }

  /** Inserts the results and their findings, in two batches. */
  public void insert(String runId, List<ScreenedParty> parties) {
    List<Rows> rows = new ArrayList<>(parties.size());
    for (ScreenedParty party : parties) {
      rows.add(rowsOf(runId, party));
    }
    insertRows(rows);
  }

  /**
   * A party's result and its findings as the rows {@link #insertRows} writes: the JSON columns and
   * the sort key are made here, on the thread that checked the party, rather than by the chunk's
   * writer while the party threads wait for it.
   */
  public static final class Rows {
    private final Object[] result;
    private final List<Object[]> findings;

    private Rows(Object[] result, List<Object[]> findings) {
      this.result = result;
      this.findings = findings;
    }
  }

  /** The rows of one screened party of the run, for {@link #insertRows}. */
  public static Rows rowsOf(String runId, ScreenedParty party) {
    PartyResult r = party.result();
    Object[] result =
        new Object[] {
          runId,
          r.procurementId(),
          r.partyKey(),
          sortKey(r),
          r.procurementType().name(),
          r.orgNo(),
          r.name(),
          r.role().name(),
          party.parentKey(),
          r.parentOrgNo(),
          r.computedDecision().name(),
          r.decision().name(),
          Json.writeContracts(r.contracts()),
          Json.write(r.overrides()),
          r.personsChecked()
        };
    List<Object[]> findings = new ArrayList<>(r.findings().size());
    addFindings(runId, r, findings);
    return new Rows(result, findings);
  }

  /** Inserts the results and their findings made by {@link #rowsOf}, in two batches. */
  public void insertRows(List<Rows> parties) {
    List<Object[]> results = new ArrayList<>(parties.size());
    List<Object[]> findings = new ArrayList<>();
    for (Rows party : parties) {
      results.add(party.result);
      findings.addAll(party.findings);
    }
    jdbc.batchUpdate(INSERT_RESULT, results, RESULT_TYPES);
    if (!findings.isEmpty()) {
      jdbc.batchUpdate(INSERT_FINDING, findings, FINDING_TYPES);
    }
  }

  /**
   * Brings the planner's statistics up to date after a run's inserts. Without it PostgreSQL still
   * believes the tables nearly empty and joins results with findings in a nested loop, quadratic in
   * the run's size; H2 needs nothing.
   */
  public void refreshStatistics() {
    String database =
        jdbc.execute(
            (org.springframework.jdbc.core.ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
    if ("PostgreSQL".equalsIgnoreCase(database)) {
      jdbc.execute("analyze screening_party_result");
      jdbc.execute("analyze screening_finding");
    }
  }

  /** Replaces a stored result (decisions, overrides and findings) by a recomputed one. */
  void replace(String runId, PartyResult r) {
    replaceAll(runId, List.of(r));
  }

  /** How many parties one batch of {@link #replaceAll} and {@link #results(String, List)} holds. */
  static final int BATCH = 500;

  /**
   * Replaces stored results (decisions, overrides and findings) by recomputed ones, in JDBC batches
   * of {@link #BATCH} parties: one update, one delete and one insert statement per batch rather
   * than per party (docs/ownership.md, "Writing the findings back").
   */
  public void replaceAll(String runId, List<PartyResult> replaced) {
    for (int from = 0; from < replaced.size(); from += BATCH) {
      List<PartyResult> batch = replaced.subList(from, Math.min(replaced.size(), from + BATCH));
      List<Object[]> heads = new ArrayList<>(batch.size());
      List<Object[]> keys = new ArrayList<>(batch.size());
      List<Object[]> findings = new ArrayList<>();
      for (PartyResult r : batch) {
        heads.add(
            new Object[] {
              r.computedDecision().name(),
              r.decision().name(),
              Json.write(r.overrides()),
              runId,
              r.procurementId(),
              r.partyKey()
            });
        keys.add(new Object[] {runId, r.procurementId(), r.partyKey()});
        addFindings(runId, r, findings);
      }
      jdbc.batchUpdate(
          "update screening_party_result set computed_decision = ?, decision = ?, overrides = ?"
              + " where run_id = ? and procurement_id = ? and party_key = ?",
          heads,
          HEAD_TYPES);
      jdbc.batchUpdate(
          "delete from screening_finding where run_id = ? and procurement_id = ? and party_key = ?",
          keys,
          KEY_TYPES);
      if (!findings.isEmpty()) {
        jdbc.batchUpdate(INSERT_FINDING, findings, FINDING_TYPES);
      }
    }
  }

  /**
   * Writes findings added to stored results of parties without overrides, in JDBC batches of {@link
   * #BATCH} parties: only the stored findings that move to a later ordinal (highest first), the
   * added findings and the decisions that change, rather than deleting and inserting every finding
   * of the party again (at 100,000 vendors the graph step's write-back of 71,175 parties took 9.6 s
   * so).
   */
  public void addFindings(String runId, List<AddedFindings> added) {
    for (int from = 0; from < added.size(); from += BATCH) {
      List<AddedFindings> batch = added.subList(from, Math.min(added.size(), from + BATCH));
      List<Object[]> moves = new ArrayList<>();
      List<Object[]> findings = new ArrayList<>();
      List<Object[]> heads = new ArrayList<>();
      for (AddedFindings party : batch) {
        for (int[] move : party.moves()) {
          moves.add(
              new Object[] {move[1], runId, party.procurementId(), party.partyKey(), move[0]});
        }
        for (AddedFindings.Inserted inserted : party.inserted()) {
          findings.add(
              findingRow(
                  runId,
                  party.procurementId(),
                  party.partyKey(),
                  inserted.ordinal(),
                  inserted.finding()));
        }
        if (party.decision() != null) {
          heads.add(
              new Object[] {
                party.decision().name(),
                party.decision().name(),
                runId,
                party.procurementId(),
                party.partyKey()
              });
        }
      }
      if (!moves.isEmpty()) {
        jdbc.batchUpdate(
            "update screening_finding set ordinal = ? where run_id = ? and procurement_id = ?"
                + " and party_key = ? and ordinal = ?",
            moves,
            MOVE_TYPES);
      }
      if (!findings.isEmpty()) {
        jdbc.batchUpdate(INSERT_FINDING, findings, FINDING_TYPES);
      }
      if (!heads.isEmpty()) {
        jdbc.batchUpdate(
            "update screening_party_result set computed_decision = ?, decision = ?"
                + " where run_id = ? and procurement_id = ? and party_key = ?",
            heads,
            DECISION_TYPES);
      }
    }
  }

  private static final int[] MOVE_TYPES = {
    Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER
  };

  private static final int[] DECISION_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
  };

  /**
   * What adding findings needs of the stored results of the given parties ({@code [procurement id,
   * party key]}), by key: decisions, overrides or not, and each finding's rule, decision and
   * whether it is information, without their texts and evidence. One pass over the run's results in
   * the order of an index; a party the run has no result for is left out.
   */
  public Map<List<String>, StoredFindings> storedFindings(
      String runId, java.util.Collection<List<String>> parties) {
    Set<List<String>> wanted = new HashSet<>(parties);
    Map<List<String>, StoredFindings> found = new LinkedHashMap<>();
    Map<List<String>, List<StoredFindings.Stored>> findings = new java.util.HashMap<>();
    try (Stream<List<String>> rows =
        ResultStreams.rows(
            dataSource,
            "select p.procurement_id, p.party_key, p.procurement_type, p.computed_decision,"
                + " p.decision, p.overrides, f.ordinal, f.rule_id, f.decision as f_decision,"
                + " f.informational from screening_party_result p left join screening_finding f"
                + " on f.run_id = p.run_id and f.procurement_id = p.procurement_id"
                + " and f.party_key = p.party_key where p.run_id = ?"
                + " order by p.run_id, p.sort_key",
            List.of(runId),
            (rs, i) -> {
              List<String> key = List.of(rs.getString(1), rs.getString(2));
              if (!wanted.contains(key)) {
                return key;
              }
              if (!found.containsKey(key)) {
                String overrides = rs.getString(6);
                found.put(
                    key,
                    new StoredFindings(
                        key.get(0),
                        key.get(1),
                        ProcurementType.valueOf(rs.getString(3)),
                        Decision.valueOf(rs.getString(4)),
                        Decision.valueOf(rs.getString(5)),
                        overrides != null && !"[]".equals(overrides.strip()),
                        List.of()));
              }
              String rule = rs.getString(8);
              if (rule != null) {
                findings
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(
                        new StoredFindings.Stored(
                            rs.getInt(7),
                            rule,
                            Decision.valueOf(rs.getString(9)),
                            rs.getBoolean(10)));
              }
              return key;
            },
            h2)) {
      rows.forEach(row -> {});
    }
    found.replaceAll(
        (key, head) -> {
          List<StoredFindings.Stored> stored = findings.getOrDefault(key, new ArrayList<>());
          stored.sort(java.util.Comparator.comparingInt(StoredFindings.Stored::ordinal));
          return new StoredFindings(
              head.procurementId(),
              head.partyKey(),
              head.procurementType(),
              head.computedDecision(),
              head.decision(),
              head.overridden(),
              stored);
        });
    return found;
  }

  private static final int[] HEAD_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
  };

  private static final int[] KEY_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR};

  private static void addFindings(String runId, PartyResult r, List<Object[]> rows) {
    int ordinal = 0;
    for (Finding f : r.findings()) {
      rows.add(findingRow(runId, r.procurementId(), r.partyKey(), ordinal++, f));
    }
  }

  private static Object[] findingRow(
      String runId, String procurementId, String partyKey, int ordinal, Finding f) {
    return new Object[] {
      runId,
      procurementId,
      partyKey,
      ordinal,
      f.ruleId(),
      f.legalBasis(),
      f.decision().name(),
      f.informational(),
      f.subjectName(),
      f.subjectRole(),
      f.maskedSubjectId(),
      f.matchType() == null ? null : f.matchType().name(),
      f.score() == null ? null : BigDecimal.valueOf(f.score()),
      f.summary(),
      Json.write(f.evidence()),
      f.groundDate() == null ? null : Date.valueOf(f.groundDate()),
      f.source(),
      String.join("|", f.groundCodes()),
      Json.write(f.basis().stream().map(EvidenceBasis::toMap).toList())
    };
  }

  /**
   * A key that orders results by procurement, org_no and party key in every database: hex digits
   * compare alike under any collation, and {@code 00} separates the parts.
   */
  static String sortKey(PartyResult r) {
    HexFormat hex = HexFormat.of();
    return hex.formatHex(r.procurementId().getBytes(StandardCharsets.UTF_8))
        + "00"
        + hex.formatHex(r.orgNo().getBytes(StandardCharsets.UTF_8))
        + "00"
        + hex.formatHex(r.partyKey().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The run's results ordered by procurement and org_no (close the stream).
   *
   * <p>The order starts with {@code run_id}, fixed by the condition: H2 reads the rows in the order
   * of an index, instead of sorting the whole run's results first, only when the ORDER BY starts
   * with the index's own columns (here {@code screening_party_result_sort}).
   */
  Stream<PartyResult> results(String runId) {
    return ResultStreams.stream(
        dataSource, RESULTS, List.of(runId), PartyResultStore::resultOf, h2);
  }

  static final String RESULTS = SELECT + " order by p.run_id, p.sort_key";

  // in the order of screening_party_result_decision (see results(String))
  static final String RESULTS_WITH_DECISION =
      SELECT + " and p.decision = ? order by p.run_id, p.decision, p.sort_key";

  /**
   * The run's results with one decision, ordered as {@link #results(String)} (close the stream).
   */
  Stream<PartyResult> results(String runId, Decision decision) {
    return ResultStreams.stream(
        dataSource,
        RESULTS_WITH_DECISION,
        List.of(runId, decision.name()),
        PartyResultStore::resultOf,
        h2);
  }

  /**
   * The run's CLEAR results whose rules gave another decision (an override cleared them), ordered
   * as {@link #results(String)} (close the stream); the decision index narrows the read to the
   * run's CLEAR results.
   */
  Stream<PartyResult> clearedByOverride(String runId) {
    return ResultStreams.stream(
        dataSource,
        SELECT
            + " and p.decision = 'CLEAR' and p.computed_decision <> 'CLEAR'"
            + " order by p.run_id, p.decision, p.sort_key",
        List.of(runId),
        PartyResultStore::resultOf,
        h2);
  }

  /**
   * The run's changes, every class but UNCHANGED first (close the stream). No index gives this
   * order, so the database sorts the whole result first whether or not it executes lazily.
   */
  Stream<PartyChange> changes(String runId) {
    return ResultStreams.stream(
        dataSource,
        SELECT
            + " order by case when p.change_class = 'UNCHANGED' then 1 else 0 end,"
            + " p.sort_key",
        List.of(runId),
        PartyResultStore::changeOf,
        false);
  }

  /**
   * The stored results of the given parties ({@code [procurement id, party key]}), by key, read
   * {@link #BATCH} parties a query; a party the run has no result for is left out.
   */
  public Map<List<String>, PartyResult> results(String runId, List<List<String>> parties) {
    Map<List<String>, PartyResult> found = new LinkedHashMap<>();
    if (parties.size() > BATCH) {
      // More than one batch: one pass over the run's results, kept when asked for. A batch's list
      // of 500 (procurement, party) pairs is not answered from an index on H2: each batch read the
      // whole run again, and at 100,000 vendors the graph step's write-back read did not end in
      // 20 minutes.
      Set<List<String>> wanted = new HashSet<>(parties);
      try (Stream<PartyResult> results = results(runId)) {
        results
            .filter(r -> wanted.contains(List.of(r.procurementId(), r.partyKey())))
            .forEach(r -> found.put(List.of(r.procurementId(), r.partyKey()), r));
      }
      return found;
    }
    for (int from = 0; from < parties.size(); from += BATCH) {
      List<List<String>> batch = parties.subList(from, Math.min(parties.size(), from + BATCH));
      List<Object> arguments = new ArrayList<>(1 + 2 * batch.size());
      arguments.add(runId);
      StringBuilder in = new StringBuilder();
      for (List<String> party : batch) {
        in.append(in.isEmpty() ? "" : " or ").append("(p.procurement_id = ? and p.party_key = ?)");
        arguments.add(party.get(0));
        arguments.add(party.get(1));
      }
      try (Stream<PartyResult> results =
          ResultStreams.stream(
              dataSource,
              SELECT + " and (" + in + ") order by p.run_id, p.sort_key",
              arguments,
              PartyResultStore::resultOf,
              false)) {
        results.forEach(r -> found.put(List.of(r.procurementId(), r.partyKey()), r));
      }
    }
    return found;
  }

  /** One stored result. */
  Optional<PartyResult> result(String runId, String procurementId, String partyKey) {
    try (Stream<PartyResult> results =
        ResultStreams.stream(
            dataSource,
            SELECT + " and p.procurement_id = ? and p.party_key = ?",
            List.of(runId, procurementId, partyKey),
            PartyResultStore::resultOf,
            false)) {
      return results.findFirst();
    }
  }

  /**
   * The party's result in the latest completed run that screened it, in the procurement when one is
   * given, else in any.
   */
  Optional<PartyResult> latestResult(String partyKey, String procurementId) {
    List<Object> arguments = new ArrayList<>(List.of(partyKey));
    if (procurementId != null) {
      arguments.add(procurementId);
    }
    List<String[]> latest =
        jdbc.query(
            "select r.run_id, r.procurement_id from screening_party_result r"
                + " join screening_run u on u.run_id = r.run_id where r.party_key = ?"
                + (procurementId == null ? "" : " and r.procurement_id = ?")
                + " and u.status = 'COMPLETED'"
                + " order by u.run_number desc, r.procurement_id fetch first 1 rows only",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
            arguments.toArray());
    return latest.isEmpty()
        ? Optional.empty()
        : result(latest.get(0)[0], latest.get(0)[1], partyKey);
  }

  /**
   * The companies a phoenix signal looks back to: excluded in an earlier completed run, or found
   * bankrupt or in liquidation (COMPANY_STATUS) in any run, evaluated on or after {@code since}.
   */
  public List<GraphInputs.MarkedCompany> markedCompanies(String runId, LocalDate since) {
    List<GraphInputs.MarkedCompany> marked = new ArrayList<>();
    jdbc.query(
        "select r.party_key, r.run_id, r.decision, u.as_of, u.status, f.evidence"
            + " from screening_party_result r join screening_run u on u.run_id = r.run_id"
            + " left join screening_finding f on f.run_id = r.run_id"
            + " and f.procurement_id = r.procurement_id and f.party_key = r.party_key"
            + " and f.rule_id = 'COMPANY_STATUS'"
            + " where u.as_of >= ? and (r.decision = 'EXCLUDE' or f.rule_id is not null)",
        rs -> {
          String key = rs.getString("party_key");
          LocalDate asOf = rs.getObject("as_of", LocalDate.class);
          String evidence = rs.getString("evidence");
          if (evidence != null) {
            String status = Json.readMap(evidence).get("status");
            if ("BANKRUPT".equals(status) || "LIQUIDATION".equals(status)) {
              marked.add(new GraphInputs.MarkedCompany(key, status, asOf));
            }
          }
          if ("EXCLUDE".equals(rs.getString("decision"))
              && !runId.equals(rs.getString("run_id"))
              && "COMPLETED".equals(rs.getString("status"))) {
            marked.add(new GraphInputs.MarkedCompany(key, "EXCLUDED", asOf));
          }
        },
        since);
    return marked;
  }

  /** The subcontractors of a run that flag their vendors, ordered by vendor and org_no. */
  public List<SubcontractorRef> flaggingSubcontractors(String runId) {
    return subcontractors(runId, " and decision in ('EXCLUDE', 'REVIEW')");
  }

  /**
   * Every subcontractor of a run with the party it works under (a vendor, or at a deeper tier
   * another subcontractor), whatever its decision, ordered by procurement, parent and org_no.
   */
  public List<SubcontractorRef> subcontractorLinks(String runId) {
    return subcontractors(runId, "");
  }

  private List<SubcontractorRef> subcontractors(String runId, String condition) {
    return jdbc.query(
        "select procurement_id, party_key, parent_key from screening_party_result"
            + " where run_id = ? and role = 'SUBCONTRACTOR' and parent_key is not null"
            + condition
            + " order by procurement_id, parent_key, sort_key",
        (rs, i) -> new SubcontractorRef(rs.getString(1), rs.getString(2), rs.getString(3)),
        runId);
  }

  /** A subcontractor and its vendor, by register keys. */
  public record SubcontractorRef(String procurementId, String partyKey, String parentKey) {}

  /** Parties per decision. */
  public List<Object[]> countsByDecision(String runId) {
    return jdbc.query(
        "select decision, count(*) from screening_party_result where run_id = ? group by decision",
        (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)},
        runId);
  }

  /** Distinct procurements of the run, sorted. */
  public List<String> procurementIds(String runId) {
    return jdbc.queryForList(
        "select distinct procurement_id from screening_party_result where run_id = ?"
            + " order by procurement_id",
        String.class,
        runId);
  }

  /**
   * Sets every result's previous decision (the latest completed earlier run with the same
   * procurement and party) and its class of change; evidence that expired or a register-check
   * answer that changed since that run names the change (docs/scheduling.md).
   */
  public void classifyChanges(String runId, long runNumber) {
    String previousOf =
        " from screening_party_result r join screening_run u on u.run_id = r.run_id"
            + " where r.procurement_id = p.procurement_id and r.party_key = p.party_key"
            + " and u.run_number < ? and u.status = 'COMPLETED'"
            + " order by u.run_number desc fetch first 1 rows only)";
    List<String[]> parties =
        jdbc.query(
            "select p.procurement_id, p.party_key, p.decision, (select r.decision"
                + previousOf
                + " as previous, (select r.run_id"
                + previousOf
                + " as previous_run from screening_party_result p where p.run_id = ?",
            (rs, i) ->
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)
                },
            runNumber,
            runNumber,
            runId);
    Map<List<String>, EvidenceMarks> marksNow = evidenceMarks(runId, null, null);
    List<Object[]> rows = new ArrayList<>(parties.size());
    for (String[] party : parties) {
      Decision now = Decision.valueOf(party[2]);
      Decision previous = party[3] == null ? null : Decision.valueOf(party[3]);
      EvidenceMarks after = marksNow.get(List.of(party[0], party[1]));
      ChangeClass change =
          after == null || party[4] == null
              ? Changes.classify(previous, now)
              : Changes.classify(
                  previous,
                  now,
                  evidenceMarks(party[4], party[0], party[1])
                      .getOrDefault(List.of(party[0], party[1]), EvidenceMarks.NONE),
                  after);
      rows.add(new Object[] {party[3], change.name(), runId, party[0], party[1]});
    }
    jdbc.batchUpdate(
        "update screening_party_result set previous_decision = ?, change_class = ?"
            + " where run_id = ? and procurement_id = ? and party_key = ?",
        rows);
  }

  /**
   * The evidence marks of a run's parties whose findings carry any, by procurement and party key;
   * of one party when {@code procurementId} and {@code partyKey} are given.
   */
  private Map<List<String>, EvidenceMarks> evidenceMarks(
      String runId, String procurementId, String partyKey) {
    Map<List<String>, List<Map.Entry<String, Map<String, String>>>> findings =
        new LinkedHashMap<>();
    jdbc.query(
        "select procurement_id, party_key, rule_id, evidence from screening_finding"
            + " where run_id = ?"
            + (procurementId == null ? "" : " and procurement_id = ? and party_key = ?")
            + " and (evidence like '%"
            + EvidenceMarks.quoted(EvidenceMarks.EXPIRED)
            + "%' or evidence like '%"
            + EvidenceMarks.quoted(EvidenceMarks.REGISTER_CHECK)
            + "%')",
        (java.sql.ResultSet rs) -> {
          if (EvidenceMarks.mayCarryMarks(rs.getString(4))) {
            findings
                .computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                .add(Map.entry(rs.getString(3), Json.readMap(rs.getString(4))));
          }
        },
        procurementId == null
            ? new Object[] {runId}
            : new Object[] {runId, procurementId, partyKey});
    Map<List<String>, EvidenceMarks> marks = new LinkedHashMap<>();
    findings.forEach((party, list) -> marks.put(party, EvidenceMarks.ofEvidence(list)));
    return marks;
  }

  private static PartyChange changeOf(PartyHead head, List<Finding> findings) {
    return new PartyChange(
        head.toResult(findings),
        head.previousDecision() == null ? null : Decision.valueOf(head.previousDecision()),
        head.changeClass() == null ? ChangeClass.NEW : ChangeClass.valueOf(head.changeClass()));
  }

  private static PartyResult resultOf(PartyHead head, List<Finding> findings) {
    return head.toResult(findings);
  }

  /** The party columns of a row, read once per party. */
  record PartyHead(
      String procurementId,
      String procurementType,
      String partyKey,
      String orgNo,
      String name,
      String role,
      String parentOrgNo,
      String computedDecision,
      String decision,
      String contracts,
      String overrides,
      Integer personsChecked,
      String previousDecision,
      String changeClass) {

    static PartyHead of(ResultSet rs) throws SQLException {
      return new PartyHead(
          rs.getString("procurement_id"),
          rs.getString("procurement_type"),
          rs.getString("party_key"),
          rs.getString("org_no"),
          rs.getString("name"),
          rs.getString("role"),
          rs.getString("parent_org_no"),
          rs.getString("computed_decision"),
          rs.getString("decision"),
          rs.getString("contracts"),
          rs.getString("overrides"),
          rs.getObject("persons_checked", Integer.class),
          rs.getString("previous_decision"),
          rs.getString("change_class"));
    }

    boolean sameParty(ResultSet rs) throws SQLException {
      return procurementId.equals(rs.getString("procurement_id"))
          && partyKey.equals(rs.getString("party_key"));
    }

    PartyResult toResult(List<Finding> findings) {
      return new PartyResult(
          procurementId,
          ProcurementType.valueOf(procurementType),
          partyKey,
          orgNo,
          name,
          PartyRole.valueOf(role),
          parentOrgNo,
          Decision.valueOf(computedDecision),
          Decision.valueOf(decision),
          findings,
          Json.readList(contracts, Contract.class),
          Json.readList(overrides, AppliedOverride.class),
          personsChecked);
    }
  }

  /** Reads the finding columns of the current row, or null when the party has no findings. */
  static Finding findingOf(ResultSet rs) throws SQLException {
    String ruleId = rs.getString("rule_id");
    if (ruleId == null) {
      return null;
    }
    BigDecimal score = rs.getBigDecimal("score");
    Date ground = rs.getDate("ground_date");
    String matchType = rs.getString("match_type");
    return new Finding(
        ruleId,
        rs.getString("legal_basis"),
        Decision.valueOf(rs.getString("f_decision")),
        rs.getBoolean("informational"),
        rs.getString("subject_name"),
        rs.getString("subject_role"),
        rs.getString("masked_subject_id"),
        matchType == null ? null : MatchType.valueOf(matchType),
        score == null ? null : score.doubleValue(),
        rs.getString("summary"),
        Json.readMap(rs.getString("evidence")),
        ground == null ? null : ground.toLocalDate(),
        rs.getString("source"),
        groundsOf(rs.getString("exclusion_grounds")),
        basisOf(rs.getString("evidence_basis")));
  }

  private static List<ExclusionGround> groundsOf(String codes) {
    List<ExclusionGround> grounds = new ArrayList<>();
    if (codes != null) {
      for (String code : codes.split("\\|")) {
        ExclusionGround.ofCode(code).ifPresent(grounds::add);
      }
    }
    return grounds;
  }

  @SuppressWarnings("unchecked")
  private static List<EvidenceBasis> basisOf(String json) {
    List<EvidenceBasis> basis = new ArrayList<>();
    for (Object item : Json.readList(json, java.util.Map.class)) {
      basis.add(EvidenceBasis.fromMap((java.util.Map<String, String>) item));
    }
    return basis;
  }
}
