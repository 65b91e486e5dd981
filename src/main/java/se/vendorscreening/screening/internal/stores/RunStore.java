package se.vendorscreening.screening.internal.stores;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.vendorscreening.intake.ImportSummary;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

/** Stores runs: what they read, with which rules, and what they decided. */
@Repository
public class RunStore {

  private static final String SELECT =
      "select run_id, job, started_at, finished_at, as_of, actor, language, rules_version,"
          + " organised_crime_profile, procurement_ids, inputs, registry_mode, registry_sources,"
          + " count_clear, count_review, count_incomplete, count_exclude, status,"
          + " representatives_read from screening_run";

  private final JdbcTemplate jdbc;

  RunStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A new run number: unique across nodes, increasing with time. */
  public long nextRunNumber(String job) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into screening_run_number (job) values (?)", new String[] {"run_number"});
          insert.setString(1, job);
          return insert;
        },
        keys);
    return keys.getKey().longValue();
  }

  public void insertStarted(RunInfo run, long runNumber, String command) {
    jdbc.update(
        "insert into screening_run (run_id, run_number, job, started_at, as_of, actor, language,"
            + " rules_version, organised_crime_profile, status, command)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        run.runId(),
        runNumber,
        run.job(),
        Timestamp.from(run.startedAt()),
        java.sql.Date.valueOf(run.asOf()),
        run.actor(),
        run.language().toLanguageTag(),
        run.rulesVersion(),
        run.organisedCrimeProfile(),
        run.status(),
        command == null || command.length() <= 4000 ? command : command.substring(0, 4000));
  }

  public void recordImport(String runId, ImportSummary summary) {
    jdbc.update(
        "update screening_run set inputs = ?, rows_rejected = ?, representatives_read = ?"
            + " where run_id = ?",
        Json.write(summary.inputs()),
        summary.problems(),
        summary.representativesImported(),
        runId);
  }

  public void recordRegistries(String runId, String mode, List<RegistrySource> sources) {
    jdbc.update(
        "update screening_run set registry_mode = ?, registry_sources = ? where run_id = ?",
        mode,
        Json.write(sources),
        runId);
  }

  /** Records the counts per decision, the procurements and the end of a completed run. */
  public void complete(
      String runId, List<String> procurementIds, Map<Decision, Long> counts, Instant finishedAt) {
    jdbc.update(
        "update screening_run set procurement_ids = ?, count_clear = ?, count_review = ?,"
            + " count_incomplete = ?, count_exclude = ?, finished_at = ?, status = 'COMPLETED'"
            + " where run_id = ?",
        Json.write(procurementIds),
        counts.getOrDefault(Decision.CLEAR, 0L),
        counts.getOrDefault(Decision.REVIEW, 0L),
        counts.getOrDefault(Decision.INCOMPLETE, 0L),
        counts.getOrDefault(Decision.EXCLUDE, 0L),
        Timestamp.from(finishedAt),
        runId);
  }

  public void fail(String runId, Instant finishedAt) {
    jdbc.update(
        "update screening_run set status = 'FAILED', finished_at = ? where run_id = ?",
        Timestamp.from(finishedAt),
        runId);
  }

  public long rowsRejected(String runId) {
    Long rejected =
        jdbc.queryForObject(
            "select rows_rejected from screening_run where run_id = ?", Long.class, runId);
    return rejected == null ? 0 : rejected;
  }

  public long runNumber(String runId) {
    return jdbc.queryForObject(
        "select run_number from screening_run where run_id = ?", Long.class, runId);
  }

  public Optional<RunInfo> run(String runId) {
    return jdbc.query(SELECT + " where run_id = ?", RunStore::runOf, runId).stream().findFirst();
  }

  List<RunInfo> runs() {
    return jdbc.query(SELECT + " order by run_number desc", RunStore::runOf);
  }

  private static RunInfo runOf(ResultSet rs, int row) throws SQLException {
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    counts.put(Decision.CLEAR, rs.getLong("count_clear"));
    counts.put(Decision.REVIEW, rs.getLong("count_review"));
    counts.put(Decision.INCOMPLETE, rs.getLong("count_incomplete"));
    counts.put(Decision.EXCLUDE, rs.getLong("count_exclude"));
    Timestamp finished = rs.getTimestamp("finished_at");
    return new RunInfo(
        rs.getString("run_id"),
        rs.getString("job"),
        rs.getTimestamp("started_at").toInstant(),
        finished == null ? null : finished.toInstant(),
        rs.getDate("as_of").toLocalDate(),
        rs.getString("actor"),
        Locale.forLanguageTag(rs.getString("language")),
        rs.getString("rules_version"),
        rs.getString("organised_crime_profile"),
        Json.readList(rs.getString("procurement_ids"), String.class),
        Json.readList(rs.getString("inputs"), InputFile.class),
        rs.getString("registry_mode"),
        Json.readList(rs.getString("registry_sources"), RegistrySource.class),
        counts,
        rs.getString("status"),
        rs.getObject("representatives_read", Long.class));
  }
}
