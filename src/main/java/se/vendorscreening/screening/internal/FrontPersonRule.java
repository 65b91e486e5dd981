package se.vendorscreening.screening.internal;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;

/**
 * A person in the party's circle is in the circle of more parties of the register than the
 * configured limit, a sign of a front person (målvakt): REVIEW, with the parties listed.
 */
final class FrontPersonRule {

  static final String ID = "FRONT_PERSON";

  Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal,
        context,
        signal.subjectName(),
        signal.facts().get("parties_in_circle"),
        signal.facts().get("limit"));
  }
}
