package se.vendorscreening.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.vendorscreening.shared.Decision;

/**
 * An officer's decision about one rule's findings for one party, with the records it judged; a run
 * applies it only while the rule fires on those records (docs/overrides.md).
 *
 * @param ruleId the rule overridden
 * @param decision the decision the officer set (CLEAR or REVIEW)
 * @param reason why, e.g. accepted self-cleaning
 * @param actor who decided
 * @param recordedAt when it was recorded
 * @param expires the last day it applies, or null
 * @param procurementId the procurement it was given for, or null for every procurement
 * @param covers the records it judged, one line each, sorted; empty for a rule whose findings name
 *     no record; null for an override recorded before overrides named their records (it covers
 *     nothing)
 * @param approvedBy the second officer who approved it (four-eyes, docs/overrides.md), or null when
 *     it needed no approval
 */
public record AppliedOverride(
    String ruleId,
    Decision decision,
    String reason,
    String actor,
    Instant recordedAt,
    LocalDate expires,
    String procurementId,
    List<String> covers,
    String approvedBy) {

  public AppliedOverride {
    covers = covers == null ? null : List.copyOf(covers);
  }

  /** An override that needed no second officer's approval. */
  public AppliedOverride(
      String ruleId,
      Decision decision,
      String reason,
      String actor,
      Instant recordedAt,
      LocalDate expires,
      String procurementId,
      List<String> covers) {
    this(ruleId, decision, reason, actor, recordedAt, expires, procurementId, covers, null);
  }

  /** The same override, approved by a second officer. */
  public AppliedOverride approvedBy(String approver) {
    return new AppliedOverride(
        ruleId, decision, reason, actor, recordedAt, expires, procurementId, covers, approver);
  }

  /** An override that names no procurement and no records (recorded before they were named). */
  public AppliedOverride(
      String ruleId,
      Decision decision,
      String reason,
      String actor,
      Instant recordedAt,
      LocalDate expires) {
    this(ruleId, decision, reason, actor, recordedAt, expires, null, null, null);
  }

  /** The records it judged; none for an override recorded before overrides named them. */
  public List<String> coveredRecords() {
    return covers == null ? List.of() : covers;
  }

  /** Whether it was given for the procurement (or for every procurement). */
  public boolean concerns(String procurement) {
    return procurementId == null || procurementId.equals(procurement);
  }
}
