package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A person in the party's circle is in the circle of more parties of the register than the
 * configured limit, or took up and left roles more often than the configured number within a
 * period, signs of a front person (målvakt): REVIEW, with the parties or the role changes listed.
 */
public final class FrontPersonRule {

  public static final RuleId ID = RuleId.FRONT_PERSON;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    if (signal.facts().containsKey("role_changes")) {
      return GraphFindings.withSummary(
          signal,
          context,
          "finding.FRONT_PERSON.ROLE_CHANGES",
          signal.subjectName(),
          signal.facts().get("role_changes"),
          signal.facts().get("role_change_months"),
          signal.facts().get("role_change_limit"));
    }
    return GraphFindings.of(
        signal,
        context,
        signal.subjectName(),
        signal.facts().get("parties_in_circle"),
        signal.facts().get("limit"));
  }
}
