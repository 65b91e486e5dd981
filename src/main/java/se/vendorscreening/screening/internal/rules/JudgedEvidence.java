package se.vendorscreening.screening.internal.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.vendorscreening.registry.RegistryChecks;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.RuleRegistries;
import se.vendorscreening.shared.RuleId;

/**
 * The records a rule's findings rest on, one line each (a debt, a conviction's case, a network):
 * what an override judges, and what a later run compares with it (docs/overrides.md). Lines leave
 * out what changes without the record changing (match scores, limits, rating dates), so that only a
 * new or changed record re-opens a decision.
 */
public final class JudgedEvidence {

  private static final Pattern DEBT_SEPARATOR = Pattern.compile("; ");

  private static final List<String> CONVICTION_KEYS =
      List.of("case_number", "offence_category", "final_date");

  /** The evidence that names a record, per rule; rules missing here name none. */
  private static final Map<RuleId, List<String>> KEYS =
      new EnumMap<>(
          Map.of(
              RuleId.CONVICTION_MANDATORY, CONVICTION_KEYS,
              RuleId.CONVICTION_PENDING, CONVICTION_KEYS,
              RuleId.CONVICTION_OTHER, CONVICTION_KEYS,
              RuleId.ORGANISED_CRIME_LINK, List.of("network_id", "criteria_met", "assessed_date"),
              RuleId.COMPANY_STATUS, List.of("status"),
              RuleId.REGISTRATION_MISSING, List.of("missing"),
              RuleId.CREDIT_RISK, List.of("risk_class"),
              RuleId.CAPACITY, List.of("revenue_sek", "annual_value_sek"),
              RuleId.FINANCIAL_NO_DATA, List.of(),
              RuleId.SUBCONTRACTOR_FLAGGED,
                  List.of(
                      "subcontractor_org_no", "subcontractor_decision", "subcontractor_rule_ids")));

  /** The rules whose records are debts, one line each. */
  private static final Set<RuleId> DEBT_RULES = RuleRegistries.reading(RegistryChecks.TAX_ARREARS);

  private JudgedEvidence() {}

  /** Whether the findings of the rule name records an override can judge. */
  public static boolean nameable(String ruleId) {
    return RuleId.of(ruleId)
        .filter(
            rule ->
                KEYS.containsKey(rule) || DEBT_RULES.contains(rule) || rule == PossibleMatchRule.ID)
        .isPresent();
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
    RuleId rule = finding.recordRule().orElse(null);
    if (!finding.is(PossibleMatchRule.ID)) {
      return recordsOf(rule, finding);
    }
    String wouldFire = finding.evidence().getOrDefault(Finding.WOULD_FIRE, "");
    String matched = finding.evidence().getOrDefault("matched_record", "");
    List<String> records = new ArrayList<>();
    for (String record : recordsOf(rule, finding)) {
      records.add(wouldFire + ": " + record + " ~ " + matched);
    }
    return records;
  }

  private static List<String> recordsOf(RuleId rule, Finding finding) {
    Map<String, String> evidence = finding.evidence();
    if (DEBT_RULES.contains(rule)) {
      String debts = evidence.getOrDefault("debts", "");
      return debts.isEmpty() ? List.of() : List.of(DEBT_SEPARATOR.split(debts));
    }
    List<String> keys = rule == null ? null : KEYS.get(rule);
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
