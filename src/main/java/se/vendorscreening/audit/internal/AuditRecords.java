package se.vendorscreening.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.screening.OutputFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's tables. Append-only: this class only inserts and reads; there is deliberately
 * no code path that updates or deletes a record.
 */
@Repository
class AuditRecords implements AuditTrail {

  private static final TypeReference<LinkedHashMap<String, String>> FACTS =
      new TypeReference<>() {};

  /** Rows a batch of a record's parties or outputs. */
  private static final int BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  /**
   * The facts are a map of texts, which a plain mapper writes and reads as Boot's would. Boot's own
   * is not asked for: making it scans the whole application package for {@code @JsonMixin} classes
   * (there are none), some 0.1 s of a short command's start.
   */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Clock clock;

  AuditRecords(JdbcClient jdbc, JdbcTemplate batches, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
    this.batches = batches;
  }

  /** Appends one record with its parties and outputs, and returns its id. */
  @Transactional
  long append(NewAuditRecord record) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into audit_record (kind, occurred_at, recorded_at, actor, run_id, facts)
            values (:kind, :occurredAt, :recordedAt, :actor, :runId, :facts)
            """)
        .param("kind", record.kind().name())
        .param("occurredAt", utc(record.occurredAt()))
        .param("recordedAt", utc(clock.instant()))
        .param("actor", record.actor())
        .param("runId", record.runId())
        .param("facts", JSON.writeValueAsString(record.facts()))
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    // a run's record names every party and every file of its folder: 270,000 rows at 100,000
    // vendors, so they go in batches, not a statement a row
    batches.batchUpdate(
        "insert into audit_record_party (record_id, party_key) values (?, ?)",
        record.partyKeys().stream().distinct().toList(),
        BATCH,
        (statement, key) -> {
          statement.setLong(1, id);
          statement.setString(2, key);
        });
    batches.batchUpdate(
        "insert into audit_run_output (record_id, run_id, name, sha256, bytes)"
            + " values (?, ?, ?, ?, ?)",
        record.outputs(),
        BATCH,
        (statement, output) -> {
          statement.setLong(1, id);
          statement.setString(2, record.runId());
          statement.setString(3, output.name());
          statement.setString(4, output.sha256());
          statement.setLong(5, output.bytes());
        });
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditRecord> find(AuditQuery query) {
    StringBuilder sql =
        new StringBuilder(
            "select id, kind, occurred_at, actor, run_id, facts from audit_record r where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (query.since() != null) {
      sql.append(" and r.occurred_at >= :since");
      params.put("since", utc(query.since()));
    }
    if (query.actor() != null) {
      sql.append(" and lower(r.actor) = :actor");
      params.put("actor", query.actor().strip().toLowerCase(Locale.ROOT));
    }
    if (query.partyKey() != null) {
      sql.append(
          " and exists (select 1 from audit_record_party p"
              + " where p.record_id = r.id and p.party_key = :partyKey)");
      params.put("partyKey", query.partyKey());
    }
    sql.append(" order by r.occurred_at, r.id");
    List<AuditRecord> withoutParties =
        jdbc.sql(sql.toString())
            .params(params)
            .query(
                (rs, row) ->
                    new AuditRecord(
                        rs.getLong("id"),
                        AuditKind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("actor"),
                        rs.getString("run_id"),
                        List.of(),
                        JSON.readValue(rs.getString("facts"), FACTS)))
            .list();
    List<AuditRecord> records = new ArrayList<>(withoutParties.size());
    for (AuditRecord r : withoutParties) {
      records.add(
          new AuditRecord(
              r.id(),
              r.kind(),
              r.occurredAt(),
              r.actor(),
              r.runId(),
              partiesOf(r.id()),
              r.facts()));
    }
    return records;
  }

  /** The outputs the latest record of the run reported, if the trail holds one. */
  @Transactional(readOnly = true)
  Optional<RecordedRun> latestRun(String runId) {
    Optional<Long> recordId =
        jdbc
            .sql(
                "select id from audit_record where kind = :kind and run_id = :runId"
                    + " order by id desc")
            .param("kind", AuditKind.RUN.name())
            .param("runId", runId)
            .query(Long.class)
            .list()
            .stream()
            .findFirst();
    return recordId.map(
        id ->
            new RecordedRun(
                id,
                runId,
                factsOf(id).get("folder"),
                jdbc.sql(
                        "select name, sha256, bytes from audit_run_output where record_id = ?"
                            + " order by name")
                    .param(id)
                    .query(
                        (rs, row) ->
                            new OutputFile(
                                rs.getString("name"), rs.getString("sha256"), rs.getLong("bytes")))
                    .list()));
  }

  private Map<String, String> factsOf(long id) {
    return JSON.readValue(
        jdbc.sql("select facts from audit_record where id = ?")
            .param(id)
            .query(String.class)
            .single(),
        FACTS);
  }

  private List<String> partiesOf(long id) {
    return jdbc.sql(
            "select party_key from audit_record_party where record_id = ? order by party_key")
        .param(id)
        .query(String.class)
        .list();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A run as the audit trail recorded it. */
  record RecordedRun(long recordId, String runId, String folder, List<OutputFile> outputs) {}
}
