package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import se.vendorscreening.shared.Decision;

/**
 * What one rule found about one party, with everything a report needs to print it without knowing
 * the rule.
 *
 * @param ruleId the rule (docs/rules.md), e.g. {@code CONVICTION_MANDATORY}
 * @param legalBasis the legal reference, e.g. {@code LOU 13 kap. 1 §}
 * @param decision the decision this finding gives (CLEAR for information)
 * @param informational true when outside the lookback period or otherwise only for information
 * @param subjectName whose record it is: the party, a representative or a subcontractor
 * @param subjectRole {@code VENDOR}, {@code SUBCONTRACTOR} or a representative role such as {@code
 *     CEO}
 * @param maskedSubjectId the subject's number, masked for persons; null when none
 * @param matchType how the record was matched; null for findings not about a record (no data)
 * @param score the name similarity 0–1 for name matches, 1 for identity numbers; null when not
 *     matched
 * @param summary the finding in words, in the run's language
 * @param evidence the record's facts (dates, amounts, case numbers, the record matched), in order
 * @param groundDate the date the ground arose (e.g. the conviction's final date), or null
 * @param source where the record came from ({@link se.vendorscreening.registry.Evidence#source()})
 */
public record Finding(
    String ruleId,
    String legalBasis,
    Decision decision,
    boolean informational,
    String subjectName,
    String subjectRole,
    String maskedSubjectId,
    MatchType matchType,
    Double score,
    String summary,
    Map<String, String> evidence,
    LocalDate groundDate,
    String source) {

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(decision, "decision");
    evidence =
        evidence == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
  }
}
