package se.vendorscreening.screening.internal.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.Decision;

/**
 * Combines findings into one decision (EXCLUDE > INCOMPLETE > REVIEW > CLEAR; information counts
 * for nothing) and applies officers' overrides last: an override replaces the decision of the
 * party's findings of its rule ({@link OverrideJudgement} says which overrides apply).
 */
public final class Decisions {

  private Decisions() {}

  /** The decision the rules gave. */
  public static Decision computed(Collection<Finding> findings) {
    return findings.stream()
        .filter(f -> !f.informational())
        .map(Finding::decision)
        .reduce(Decision.CLEAR, Decision::mostSevere);
  }

  /** The decision after the applicable overrides. */
  public static Decision afterOverrides(
      Collection<Finding> findings, Collection<AppliedOverride> applied) {
    Map<String, Decision> byRule = new LinkedHashMap<>();
    applied.forEach(o -> byRule.put(o.ruleId(), o.decision()));
    return findings.stream()
        .filter(f -> !f.informational())
        .map(f -> byRule.getOrDefault(f.ruleId(), f.decision()))
        .reduce(Decision.CLEAR, Decision::mostSevere);
  }
}
