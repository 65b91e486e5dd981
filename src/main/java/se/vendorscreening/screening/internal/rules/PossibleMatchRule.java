package se.vendorscreening.screening.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.RuleId;

/**
 * A registry record matched weakly would have fired a rule: by name alone (no identity number, no
 * birth date on one side), or by an equal birth date with a name that agrees only in part (or a
 * strong name with only the birth year and month equal). The officer must check whether it is the
 * same subject, so it gives REVIEW and never EXCLUDE; the finding explains each feature.
 */
public final class PossibleMatchRule {

  public static final RuleId ID = RuleId.POSSIBLE_MATCH;

  /** Whether a finding rests on a weak match and must become a possible match. */
  static boolean appliesTo(Finding finding) {
    return finding.matchType() != null
        && finding.matchType().isWeak()
        && !finding.informational()
        && finding.decision() != Decision.CLEAR;
  }

  /** The possible match standing in for a finding that rests on a name alone. */
  Finding replace(Finding weak, RuleContext context) {
    Decision decision = context.decisionOf(ID.name());
    if (decision == Decision.EXCLUDE) {
      decision = Decision.REVIEW;
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put(Finding.WOULD_FIRE, weak.ruleId());
    evidence.putAll(weak.evidence());
    String summary =
        context
            .texts()
            .text(
                weak.matchType() == MatchType.NAME_ONLY
                    ? "finding.POSSIBLE_MATCH"
                    : "finding.POSSIBLE_MATCH.birth-date",
                weak.subjectName(),
                weak.evidence().getOrDefault("matched_record", ""),
                String.format(java.util.Locale.ROOT, "%.3f", weak.score()),
                weak.ruleId(),
                weak.summary());
    return new Finding(
        ID.name(),
        context.legalBasisOf(ID.name()),
        decision,
        false,
        weak.subjectName(),
        weak.subjectRole(),
        weak.maskedSubjectId(),
        weak.matchType(),
        weak.score(),
        summary,
        evidence,
        weak.groundDate(),
        weak.source(),
        null,
        weak.basis());
  }
}
