package se.vendorscreening.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.RuleId;

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
 * @param grounds the exclusion grounds it is about, as ESPD/eForms codes name them
 *     (docs/evidence.md), in enum order
 * @param basis the evidence it rests on: its kind (registry, sworn statement, vendor document,
 *     register check) and where it is
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
    String source,
    List<ExclusionGround> grounds,
    List<EvidenceBasis> basis) {

  /** The evidence key under which a name-only match names the rule it would fire. */
  public static final String WOULD_FIRE = "would_fire";

  /**
   * A finding whose grounds follow from its rule and facts ({@link ExclusionGrounds}) and that
   * rests on a registry's answer from {@code source}.
   */
  public Finding(
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
    this(
        ruleId,
        legalBasis,
        decision,
        informational,
        subjectName,
        subjectRole,
        maskedSubjectId,
        matchType,
        score,
        summary,
        evidence,
        groundDate,
        source,
        null,
        null);
  }

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(decision, "decision");
    evidence =
        evidence == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    grounds =
        grounds == null || grounds.isEmpty()
            ? List.copyOf(ExclusionGrounds.of(ruleId, evidence))
            : List.copyOf(new TreeSet<>(grounds));
    basis =
        basis == null || basis.isEmpty()
            ? List.of(EvidenceBasis.registry(null, source, null))
            : List.copyOf(basis);
  }

  /** A copy resting on other evidence. */
  public Finding withBasis(List<EvidenceBasis> otherBasis) {
    return new Finding(
        ruleId,
        legalBasis,
        decision,
        informational,
        subjectName,
        subjectRole,
        maskedSubjectId,
        matchType,
        score,
        summary,
        evidence,
        groundDate,
        source,
        grounds,
        otherBasis);
  }

  /** Whether it is a finding of the rule. */
  public boolean is(RuleId rule) {
    return ruleId.equals(rule.name());
  }

  /** Its rule; empty for an id the rule catalogue does not know (e.g. a rule since removed). */
  public Optional<RuleId> rule() {
    return RuleId.of(ruleId);
  }

  /**
   * The rule whose record it is about: for a name-only match, the rule it would fire were the
   * record the subject's (evidence {@code would_fire}); otherwise its own rule.
   */
  public Optional<RuleId> recordRule() {
    String wouldFire = is(RuleId.POSSIBLE_MATCH) ? evidence.get(WOULD_FIRE) : null;
    return RuleId.of(wouldFire == null ? ruleId : wouldFire);
  }

  /** The kinds of evidence it rests on, sorted. */
  public SortedSet<EvidenceKind> evidenceKinds() {
    SortedSet<EvidenceKind> kinds = new TreeSet<>();
    basis.forEach(b -> kinds.add(b.kind()));
    return kinds;
  }

  /** Its grounds' ESPD/eForms codes, sorted. */
  public SortedSet<String> groundCodes() {
    SortedSet<String> codes = new TreeSet<>();
    grounds.forEach(g -> codes.add(g.code()));
    return codes;
  }
}
