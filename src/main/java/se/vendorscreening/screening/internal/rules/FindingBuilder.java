package se.vendorscreening.screening.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.shared.RuleId;

/** Assembles a {@link Finding} with the rule's legal basis and its decision in the regime. */
final class FindingBuilder {

  private final String ruleId;
  private final RuleContext context;
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private String subjectName;
  private String subjectRole;
  private String maskedSubjectId;
  private MatchType matchType;
  private Double score;
  private String summary;
  private LocalDate groundDate;
  private String source;
  private boolean informational;
  private Decision decision;
  private final List<ExclusionGround> grounds = new ArrayList<>();
  private final List<EvidenceBasis> basis = new ArrayList<>();

  private FindingBuilder(String ruleId, RuleContext context) {
    this.ruleId = ruleId;
    this.context = context;
  }

  static FindingBuilder finding(String ruleId, RuleContext context) {
    return new FindingBuilder(ruleId, context);
  }

  static FindingBuilder finding(RuleId ruleId, RuleContext context) {
    return finding(ruleId.name(), context);
  }

  FindingBuilder about(CheckedSubject subject) {
    return subject(subject.subject().name(), subject.role(), subject.maskedId());
  }

  /** Whose record it is, when not a checked subject (e.g. a subcontractor). */
  FindingBuilder subject(String name, String role, String maskedId) {
    this.subjectName = name;
    this.subjectRole = role;
    this.maskedSubjectId = maskedId;
    return this;
  }

  /** The subject, match and source of a matched record, and the record matched as evidence. */
  FindingBuilder about(Matched<?> matched, String recordName, String recordId) {
    about(matched.subject());
    matchType = matched.match().type();
    score = matched.match().score();
    source = matched.source();
    if (matched.evidence() != null) {
      basis(registryBasis(matched.evidence()));
    }
    String record = recordName == null ? "" : recordName;
    if (recordId != null) {
      record = record.isEmpty() ? recordId : record + " (" + recordId + ")";
    }
    evidence.put("matched_record", record);
    evidence.put("match_type", matchType.name());
    evidence.put("match_score", String.format(java.util.Locale.ROOT, "%.3f", score));
    if (!matched.match().features().isEmpty()) {
      evidence.put(
          "match_features", MatchExplanation.describe(matched.match().features(), context.texts()));
    }
    return this;
  }

  /**
   * The registry answer as the evidence a finding rests on, dated by the day its data is from: the
   * extract's date, else the file's last-modified day, or the day an HTTP registry was asked.
   */
  static EvidenceBasis registryBasis(se.vendorscreening.registry.Evidence evidence) {
    return EvidenceBasis.registry(
        evidence.check(), evidence.source(), evidence.dataDate(), evidence.dataDateBasis());
  }

  /** The exclusion grounds it is about, instead of those its rule and facts give. */
  FindingBuilder grounds(java.util.Collection<ExclusionGround> about) {
    grounds.addAll(about);
    return this;
  }

  /** Evidence it rests on (when none is given: the registry of {@link #source(String)}). */
  FindingBuilder basis(EvidenceBasis evidenceBasis) {
    if (!basis.contains(evidenceBasis)) {
      basis.add(evidenceBasis);
    }
    return this;
  }

  FindingBuilder source(String source) {
    this.source = source;
    return this;
  }

  /** The summary in the words of the rule's own message, {@code finding.<RULE>}. */
  FindingBuilder ruleSummary(Object... args) {
    return summary("finding." + ruleId, args);
  }

  FindingBuilder summary(String key, Object... args) {
    this.summary = context.texts().text(key, args);
    return this;
  }

  FindingBuilder evidence(String key, Object value) {
    if (value != null) {
      evidence.put(key, value.toString());
    }
    return this;
  }

  FindingBuilder groundDate(LocalDate date) {
    this.groundDate = date;
    return this;
  }

  /** Kept as information: outside the lookback period or otherwise changing no decision. */
  FindingBuilder informational() {
    this.informational = true;
    return this;
  }

  FindingBuilder decision(Decision decision) {
    this.decision = decision;
    return this;
  }

  Finding build() {
    Decision given =
        informational ? Decision.CLEAR : decision != null ? decision : context.decisionOf(ruleId);
    return new Finding(
        ruleId,
        context.legalBasisOf(ruleId),
        given,
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
        basis);
  }
}
