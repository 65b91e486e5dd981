package se.vendorscreening.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;

/** Puts a finding into words for results.csv and the workbook, in the run's language. */
final class FindingDescriptions {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Scores in words so far: String.format is slow, and runs have few distinct scores. */
  private static final int MAX_CACHED_SCORES = 10_000;

  private final ReportTexts texts;
  private final Map<Double, String> scores = new ConcurrentHashMap<>();

  FindingDescriptions(ReportTexts texts) {
    this.texts = texts;
  }

  /** Every finding of a party, one after the other. */
  String describeAll(List<Finding> findings) {
    if (findings.isEmpty()) {
      return ""; // most parties: no stream and joiner made for nothing
    }
    return findings.stream().map(this::describe).collect(Collectors.joining("; "));
  }

  /**
   * One finding: rule, subject, summary, evidence and match, e.g. {@code CONVICTION_MANDATORY (LOU
   * 13 kap. 1 §): Lars Ström, VD, 910509-****: ...}.
   */
  String describe(Finding finding) {
    StringBuilder text = new StringBuilder(finding.ruleId());
    if (finding.legalBasis() != null && !finding.legalBasis().isBlank()) {
      text.append(" (").append(finding.legalBasis()).append(')');
    }
    if (finding.informational()) {
      text.append(" [").append(texts.get("finding.informational")).append(']');
    }
    String subject = subject(finding);
    if (!subject.isEmpty()) {
      text.append(": ").append(subject);
    }
    if (finding.summary() != null && !finding.summary().isBlank()) {
      text.append(": ").append(finding.summary().strip());
    }
    String evidence = evidence(finding.evidence());
    if (!evidence.isEmpty()) {
      text.append(" (").append(evidence).append(')');
    }
    String match = match(finding);
    if (!match.isEmpty()) {
      text.append(" [").append(match).append(']');
    }
    return PersonalNumbers.mask(WHITESPACE.matcher(text).replaceAll(" "));
  }

  /** How many persons the party's screening checked, e.g. {@code Kontrollerade personer: 2}. */
  String personsChecked(Integer count) {
    return count == null ? "" : texts.get("persons-checked", count.toString());
  }

  /**
   * The officers' overrides applied, one after the other: rule, decision, who and when, why, until
   * when and the records it covers.
   */
  String describeOverrides(List<AppliedOverride> overrides) {
    return PersonalNumbers.mask(
        overrides.stream()
            .map(
                o ->
                    texts.get(
                        "override.described",
                        o.ruleId(),
                        texts.decision(o.decision()),
                        o.actor(),
                        texts.timestamp(o.recordedAt()),
                        o.reason(),
                        o.expires() == null ? "–" : texts.date(o.expires()),
                        covers(o)))
            .collect(Collectors.joining("; ")));
  }

  /** The records an override covers, or that it names none. */
  String covers(AppliedOverride override) {
    return override.coveredRecords().isEmpty()
        ? texts.get("override.coversNothing")
        : String.join("; ", override.coveredRecords());
  }

  /** Name, role in words and masked number of whom the record is about. */
  String subject(Finding finding) {
    List<String> parts = new ArrayList<>();
    addIfPresent(parts, finding.subjectName());
    addIfPresent(parts, texts.role(finding.subjectRole()));
    addIfPresent(parts, finding.maskedSubjectId());
    return PersonalNumbers.mask(String.join(", ", parts));
  }

  /**
   * The evidence as {@code label: value} pairs, in the order the rule gave them; a graph signal's
   * edges (JSON for the reports' pictures) left out, its chain is there in words.
   */
  String evidence(Map<String, String> evidence) {
    return PersonalNumbers.mask(
        evidence.entrySet().stream()
            .filter(entry -> !ExplanationEdges.EVIDENCE_KEY.equals(entry.getKey()))
            .map(entry -> texts.evidenceLabel(entry.getKey()) + ": " + entry.getValue())
            .collect(Collectors.joining(", ")));
  }

  /** How the record was matched, with the score, e.g. {@code namn och födelsedatum, 0,94}. */
  String match(Finding finding) {
    if (finding.matchType() == null) {
      return "";
    }
    String type = matchType(finding.matchType());
    return finding.score() == null ? type : type + ", " + score(finding.score());
  }

  String matchType(MatchType matchType) {
    return matchType == null ? "" : texts.get("match." + matchType.name());
  }

  String score(Double score) {
    if (score == null) {
      return "";
    }
    String text = scores.get(score);
    if (text == null) {
      text = String.format(texts.locale(), "%.2f", score);
      if (scores.size() < MAX_CACHED_SCORES) {
        scores.put(score, text);
      }
    }
    return text;
  }

  private static void addIfPresent(List<String> parts, String part) {
    if (part != null && !part.isBlank()) {
      parts.add(part.strip());
    }
  }
}
