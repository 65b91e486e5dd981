package se.vendorscreening.screening.internal.stores;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OverrideProposal;
import se.vendorscreening.screening.OverrideProposal.Status;
import se.vendorscreening.shared.Decision;

/**
 * Stores officers' overrides and reads those in force on an evaluation date. Only APPROVED
 * overrides apply; a proposal waiting for a second officer (four-eyes) or rejected by one never
 * does.
 */
@Repository
public class OverrideStore {

  private static final String SELECT =
      "select override_id, party_key, org_no, rule_id, decision, reason, actor, recorded_at,"
          + " expires, procurement_id, covers, status, reviewed_by, reviewed_at, review_reason"
          + " from screening_override";

  private static final String APPROVED = "'" + Status.APPROVED.name() + "'";

  private final JdbcTemplate jdbc;

  OverrideStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an override that applies at once. */
  void insert(String partyKey, String orgNo, AppliedOverride override) {
    insert(partyKey, orgNo, override, Status.APPROVED);
  }

  /** Stores an override with the status given; returns its id. */
  long insert(String partyKey, String orgNo, AppliedOverride override, Status status) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into screening_override (party_key, org_no, rule_id, decision, reason,"
                      + " actor, recorded_at, expires, procurement_id, covers, status)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"override_id"});
          insert.setString(1, partyKey);
          insert.setString(2, orgNo);
          insert.setString(3, override.ruleId());
          insert.setString(4, override.decision().name());
          insert.setString(5, override.reason());
          insert.setString(6, override.actor());
          insert.setTimestamp(7, Timestamp.from(override.recordedAt()));
          insert.setDate(
              8, override.expires() == null ? null : java.sql.Date.valueOf(override.expires()));
          insert.setString(9, override.procurementId());
          insert.setString(10, override.covers() == null ? null : Json.write(override.covers()));
          insert.setString(11, status.name());
          return insert;
        },
        key);
    return key.getKey().longValue();
  }

  /**
   * Decides a pending proposal; false when it no longer waits (another officer decided it first).
   */
  boolean review(long id, Status status, String reviewer, Instant at, String reason) {
    return jdbc.update(
            "update screening_override set status = ?, reviewed_by = ?, reviewed_at = ?,"
                + " review_reason = ? where override_id = ? and status = ?",
            status.name(),
            reviewer,
            Timestamp.from(at),
            reason,
            id,
            Status.PENDING.name())
        == 1;
  }

  /** One stored override with its status. */
  Optional<OverrideProposal> proposal(long id) {
    return jdbc.query(SELECT + " where override_id = ?", (rs, i) -> proposalOf(rs), id).stream()
        .findFirst();
  }

  /** Every proposal that waits for a second officer, oldest first. */
  List<OverrideProposal> pending() {
    return jdbc.query(
        SELECT + " where status = ? order by recorded_at, override_id",
        (rs, i) -> proposalOf(rs),
        Status.PENDING.name());
  }

  /** A party's proposals that are not approved (pending or rejected), oldest first. */
  List<OverrideProposal> proposalsOf(String partyKey) {
    return jdbc.query(
        SELECT
            + " where party_key = ? and status <> "
            + APPROVED
            + " order by recorded_at, override_id",
        (rs, i) -> proposalOf(rs),
        partyKey);
  }

  private static OverrideProposal proposalOf(ResultSet rs) throws SQLException {
    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
    return new OverrideProposal(
        rs.getLong("override_id"),
        rs.getString("party_key"),
        rs.getString("org_no"),
        overrideOf(rs),
        Status.valueOf(rs.getString("status")),
        rs.getString("reviewed_by"),
        reviewedAt == null ? null : reviewedAt.toInstant(),
        rs.getString("review_reason"));
  }

  /** The overrides of one party that apply (approved), oldest first. */
  List<AppliedOverride> of(String partyKey) {
    return jdbc.query(
        SELECT
            + " where party_key = ? and status = "
            + APPROVED
            + " order by recorded_at, override_id",
        (rs, i) -> overrideOf(rs),
        partyKey);
  }

  /**
   * Every override in force on the date (not expired: the expiry day is the last day it applies),
   * by party key, oldest first. Overrides are few, so a run holds them all.
   */
  public Map<String, List<AppliedOverride>> inForceOn(LocalDate asOf) {
    Map<String, List<AppliedOverride>> byParty = new HashMap<>();
    jdbc.query(
        SELECT
            + " where status = "
            + APPROVED
            + " and (expires is null or expires >= ?) order by recorded_at, override_id",
        rs -> {
          byParty
              .computeIfAbsent(rs.getString("party_key"), k -> new ArrayList<>())
              .add(overrideOf(rs));
        },
        java.sql.Date.valueOf(asOf));
    return byParty;
  }

  private static AppliedOverride overrideOf(ResultSet rs) throws SQLException {
    java.sql.Date expires = rs.getDate("expires");
    String covers = rs.getString("covers");
    return new AppliedOverride(
        rs.getString("rule_id"),
        Decision.valueOf(rs.getString("decision")),
        rs.getString("reason"),
        rs.getString("actor"),
        rs.getTimestamp("recorded_at").toInstant(),
        expires == null ? null : expires.toLocalDate(),
        rs.getString("procurement_id"),
        covers == null ? null : Json.readList(covers, String.class),
        Status.valueOf(rs.getString("status")) == Status.APPROVED
            ? rs.getString("reviewed_by")
            : null);
  }
}
