package se.vendorscreening.screening.internal.rules;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.SwedishTime;

/**
 * Which of a party's overrides apply: per rule the latest one given for the party's procurement,
 * while its rule fires on no record it did not judge. An override whose rule now rests on a new or
 * changed record does not apply, and leaves a note among the findings saying what it no longer
 * covers (docs/overrides.md).
 *
 * @param applied the overrides that apply, by rule id
 * @param notes one information finding per override that no longer covers its rule's records
 */
public record OverrideJudgement(List<AppliedOverride> applied, List<Finding> notes) {

  /** The evidence key that marks a note of this class among a party's findings. */
  static final String RECORDED = "override_recorded";

  private static final ZoneId STOCKHOLM = SwedishTime.ZONE;

  /** The judgement of a party without overrides, by far the most common one. */
  private static final OverrideJudgement NONE = new OverrideJudgement(List.of(), List.of());

  /**
   * Judges the overrides of a party against its findings.
   *
   * @param procurementId the procurement the party was screened in
   * @param partyName the party's name, for the notes
   * @param partyOrgNo the party's number as reports show it, for the notes
   * @param findings its findings, notes of an earlier judgement left out
   * @param overrides the overrides in force for the party, in any order
   */
  public static OverrideJudgement judge(
      String procurementId,
      String partyName,
      String partyOrgNo,
      Collection<Finding> findings,
      Collection<AppliedOverride> overrides,
      RuleContext context) {
    if (overrides.isEmpty()) {
      return NONE;
    }
    Map<String, AppliedOverride> latest = new LinkedHashMap<>();
    overrides.stream()
        .filter(o -> o.concerns(procurementId))
        .sorted(Comparator.comparing(AppliedOverride::recordedAt))
        .forEach(o -> latest.put(o.ruleId(), o));
    List<AppliedOverride> applied = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    latest.values().stream()
        .sorted(Comparator.comparing(AppliedOverride::ruleId))
        .filter(o -> fires(o.ruleId(), findings))
        .forEach(
            o -> {
              SortedSet<String> uncovered = new TreeSet<>(JudgedEvidence.of(o.ruleId(), findings));
              uncovered.removeAll(o.coveredRecords());
              if (uncovered.isEmpty()) {
                applied.add(o);
              } else {
                notes.add(note(o, uncovered, partyName, partyOrgNo, context));
              }
            });
    return new OverrideJudgement(List.copyOf(applied), List.copyOf(notes));
  }

  /** The findings without the notes of an earlier judgement. */
  public static List<Finding> withoutNotes(Collection<Finding> findings) {
    return findings.stream()
        .filter(f -> !(f.informational() && f.evidence().containsKey(RECORDED)))
        .toList();
  }

  /** The findings with this judgement's notes, in rule order. */
  public List<Finding> withNotes(List<Finding> findings) {
    if (notes.isEmpty()) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(notes);
    all.sort(RuleOrder.FINDINGS);
    return all;
  }

  private static boolean fires(String ruleId, Collection<Finding> findings) {
    return findings.stream().anyMatch(f -> !f.informational() && f.ruleId().equals(ruleId));
  }

  private static Finding note(
      AppliedOverride override,
      SortedSet<String> uncovered,
      String partyName,
      String partyOrgNo,
      RuleContext context) {
    String date = override.recordedAt().atZone(STOCKHOLM).toLocalDate().toString();
    String decision = context.texts().label("decision", override.decision().name());
    String records = String.join("; ", uncovered);
    return FindingBuilder.finding(override.ruleId(), context)
        .subject(partyName, null, partyOrgNo)
        .informational()
        .evidence(RECORDED, date)
        .evidence("override_actor", override.actor())
        .evidence("override_decision", override.decision().name())
        .evidence("not_covered", records)
        .summary("finding.override-lapsed", partyName, date, override.actor(), decision, records)
        .build();
  }
}
