package se.vendorscreening.screening.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.shared.Decision;

/** Stores officers' overrides and reads those in force on an evaluation date. */
@Repository
class OverrideStore {

  private static final String SELECT =
      "select party_key, rule_id, decision, reason, actor, recorded_at, expires, procurement_id,"
          + " covers from screening_override";

  private final JdbcTemplate jdbc;

  OverrideStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String partyKey, String orgNo, AppliedOverride override) {
    jdbc.update(
        "insert into screening_override (party_key, org_no, rule_id, decision, reason, actor,"
            + " recorded_at, expires, procurement_id, covers) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        partyKey,
        orgNo,
        override.ruleId(),
        override.decision().name(),
        override.reason(),
        override.actor(),
        Timestamp.from(override.recordedAt()),
        override.expires() == null ? null : java.sql.Date.valueOf(override.expires()),
        override.procurementId(),
        override.covers() == null ? null : Json.write(override.covers()));
  }

  /** The overrides of one party, oldest first. */
  List<AppliedOverride> of(String partyKey) {
    return jdbc.query(
        SELECT + " where party_key = ? order by recorded_at, override_id",
        (rs, i) -> overrideOf(rs),
        partyKey);
  }

  /**
   * Every override in force on the date (not expired: the expiry day is the last day it applies),
   * by party key, oldest first. Overrides are few, so a run holds them all.
   */
  Map<String, List<AppliedOverride>> inForceOn(LocalDate asOf) {
    Map<String, List<AppliedOverride>> byParty = new HashMap<>();
    jdbc.query(
        SELECT + " where expires is null or expires >= ? order by recorded_at, override_id",
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
        covers == null ? null : Json.readList(covers, String.class));
  }
}
