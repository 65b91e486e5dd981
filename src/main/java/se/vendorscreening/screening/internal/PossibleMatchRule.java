package se.vendorscreening.screening.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;

/**
 * A registry record matched by name alone (no identity number, no birth date) would have fired a
 * rule: the officer must check whether it is the same subject, so it gives REVIEW and never
 * EXCLUDE.
 */
final class PossibleMatchRule {

  static final String ID = "POSSIBLE_MATCH";

  /** Whether a finding rests on a weak match and must become a possible match. */
  static boolean appliesTo(Finding finding) {
    return finding.matchType() == MatchType.NAME_ONLY
        && !finding.informational()
        && finding.decision() != Decision.CLEAR;
  }

  /** The possible match standing in for a finding that rests on a name alone. */
  Finding replace(Finding weak, RuleContext context) {
    Decision decision = context.decisionOf(ID);
    if (decision == Decision.EXCLUDE) {
      decision = Decision.REVIEW;
    }
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("would_fire", weak.ruleId());
    evidence.putAll(weak.evidence());
    String summary =
        context
            .texts()
            .text(
                "finding.POSSIBLE_MATCH",
                weak.subjectName(),
                weak.evidence().getOrDefault("matched_record", ""),
                String.format(java.util.Locale.ROOT, "%.3f", weak.score()),
                weak.ruleId(),
                weak.summary());
    return new Finding(
        ID,
        context.legalBasisOf(ID),
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
        weak.source());
  }
}
