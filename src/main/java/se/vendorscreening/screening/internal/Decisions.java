package se.vendorscreening.screening.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.Decision;

/**
 * Combines findings into one decision (EXCLUDE > INCOMPLETE > REVIEW > CLEAR; information counts
 * for nothing) and applies officers' overrides last: an override replaces the decision of the
 * party's findings of its rule.
 */
final class Decisions {

  private Decisions() {}

  /** The decision the rules gave. */
  static Decision computed(Collection<Finding> findings) {
    return findings.stream()
        .filter(f -> !f.informational())
        .map(Finding::decision)
        .reduce(Decision.CLEAR, Decision::mostSevere);
  }

  /**
   * The overrides that apply: one per rule (the latest recorded), and only for rules among the
   * findings.
   */
  static List<AppliedOverride> applicable(
      Collection<Finding> findings, Collection<AppliedOverride> overrides) {
    Map<String, AppliedOverride> latest = new LinkedHashMap<>();
    overrides.stream()
        .sorted(Comparator.comparing(AppliedOverride::recordedAt))
        .forEach(o -> latest.put(o.ruleId(), o));
    List<AppliedOverride> applied = new ArrayList<>();
    latest.values().stream()
        .filter(
            o ->
                findings.stream()
                    .anyMatch(f -> !f.informational() && f.ruleId().equals(o.ruleId())))
        .sorted(Comparator.comparing(AppliedOverride::ruleId))
        .forEach(applied::add);
    return applied;
  }

  /** The decision after the applicable overrides. */
  static Decision afterOverrides(
      Collection<Finding> findings, Collection<AppliedOverride> applied) {
    Map<String, Decision> byRule = new LinkedHashMap<>();
    applied.forEach(o -> byRule.put(o.ruleId(), o.decision()));
    return findings.stream()
        .filter(f -> !f.informational())
        .map(f -> byRule.getOrDefault(f.ruleId(), f.decision()))
        .reduce(Decision.CLEAR, Decision::mostSevere);
  }
}
