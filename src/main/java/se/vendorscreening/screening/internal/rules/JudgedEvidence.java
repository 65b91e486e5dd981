package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.vendorscreening.screening.Finding;

/**
 * The records a rule's findings rest on, one line each (a debt, a conviction's case, a network):
 * what an override judges, and what a later run compares with it (docs/overrides.md). Lines leave
 * out what changes without the record changing (match scores, limits, rating dates), so that only a
 * new or changed record re-opens a decision.
 */
public final class JudgedEvidence {

  private static final Pattern DEBT_SEPARATOR = Pattern.compile("; ");

  /** The evidence that names a record, per rule; rules missing here name none. */
  private static final Map<String, List<String>> KEYS =
      Map.ofEntries(
          Map.entry(
              "CONVICTION_MANDATORY", List.of("case_number", "offence_category", "final_date")),
          Map.entry("CONVICTION_PENDING", List.of("case_number", "offence_category", "final_date")),
          Map.entry("CONVICTION_OTHER", List.of("case_number", "offence_category", "final_date")),
          Map.entry("ORGANISED_CRIME_LINK", List.of("network_id", "criteria_met", "assessed_date")),
          Map.entry("COMPANY_STATUS", List.of("status")),
          Map.entry("REGISTRATION_MISSING", List.of("missing")),
          Map.entry("CREDIT_RISK", List.of("risk_class")),
          Map.entry("CAPACITY", List.of("revenue_sek", "annual_value_sek")),
          Map.entry("FINANCIAL_NO_DATA", List.of()),
          Map.entry(
              "SUBCONTRACTOR_FLAGGED",
              List.of("subcontractor_org_no", "subcontractor_decision", "subcontractor_rule_ids")));

  private static final List<String> DEBT_RULES =
      List.of("TAX_UNPAID_FINAL", "TAX_UNPAID", "ENFORCEMENT_DEBT");

  private JudgedEvidence() {}

  /** Whether the findings of the rule name records an override can judge. */
  public static boolean nameable(String ruleId) {
    return KEYS.containsKey(ruleId)
        || DEBT_RULES.contains(ruleId)
        || PossibleMatchRule.ID.name().equals(ruleId);
  }

  /** The records behind the rule's findings (information left out), sorted. */
  public static SortedSet<String> of(String ruleId, Collection<Finding> findings) {
    SortedSet<String> records = new TreeSet<>();
    for (Finding finding : findings) {
      if (!finding.informational() && finding.ruleId().equals(ruleId)) {
        records.addAll(recordsOf(finding));
      }
    }
    return records;
  }

  private static List<String> recordsOf(Finding finding) {
    String ruleId = finding.ruleId();
    Map<String, String> evidence = finding.evidence();
    if (PossibleMatchRule.ID.name().equals(ruleId)) {
      String wouldFire = evidence.getOrDefault("would_fire", "");
      List<String> records = new ArrayList<>();
      for (String record : recordsOf(wouldFire, finding)) {
        records.add(
            wouldFire + ": " + record + " ~ " + evidence.getOrDefault("matched_record", ""));
      }
      return records;
    }
    return recordsOf(ruleId, finding);
  }

  private static List<String> recordsOf(String ruleId, Finding finding) {
    Map<String, String> evidence = finding.evidence();
    if (DEBT_RULES.contains(ruleId)) {
      String debts = evidence.getOrDefault("debts", "");
      return debts.isEmpty() ? List.of() : List.of(DEBT_SEPARATOR.split(debts));
    }
    List<String> keys = KEYS.get(ruleId);
    if (keys == null) {
      return List.of();
    }
    StringBuilder record = new StringBuilder(whom(finding));
    for (String key : keys) {
      String value = evidence.get(key);
      if (value != null && !value.isBlank()) {
        record.append(", ").append(key).append(' ').append(value.strip());
      }
    }
    return List.of(record.toString());
  }

  private static String whom(Finding finding) {
    String name = finding.subjectName() == null ? "" : finding.subjectName();
    return finding.maskedSubjectId() == null ? name : name + " (" + finding.maskedSubjectId() + ")";
  }
}
