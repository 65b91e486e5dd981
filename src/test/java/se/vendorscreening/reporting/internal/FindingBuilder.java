package se.vendorscreening.reporting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.Decision;

/** Builds findings as the rules would return them. */
final class FindingBuilder {

  private final String ruleId;
  private String legalBasis = "LOU 13 kap. 3 §";
  private Decision decision = Decision.REVIEW;
  private boolean informational;
  private String subjectName;
  private String subjectRole = "VENDOR";
  private String maskedSubjectId;
  private MatchType matchType = MatchType.IDENTITY_NUMBER;
  private Double score = 1.0;
  private String summary;
  private final Map<String, String> evidence = new LinkedHashMap<>();
  private LocalDate groundDate;
  private String source = "file:sample-data/registries";

  private FindingBuilder(String ruleId) {
    this.ruleId = ruleId;
    this.summary = ruleId;
  }

  static FindingBuilder aFinding(String ruleId) {
    return new FindingBuilder(ruleId);
  }

  FindingBuilder basis(String legalBasis) {
    this.legalBasis = legalBasis;
    return this;
  }

  FindingBuilder deciding(Decision decision) {
    this.decision = decision;
    return this;
  }

  FindingBuilder informationOnly() {
    this.informational = true;
    this.decision = Decision.CLEAR;
    return this;
  }

  FindingBuilder about(String name, String role, String maskedId) {
    this.subjectName = name;
    this.subjectRole = role;
    this.maskedSubjectId = maskedId;
    return this;
  }

  FindingBuilder matched(MatchType matchType, Double score) {
    this.matchType = matchType;
    this.score = score;
    return this;
  }

  FindingBuilder saying(String summary) {
    this.summary = summary;
    return this;
  }

  FindingBuilder evidence(String key, String value) {
    evidence.put(key, value);
    return this;
  }

  FindingBuilder groundedOn(String date) {
    this.groundDate = LocalDate.parse(date);
    return this;
  }

  Finding build() {
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
        source);
  }
}
