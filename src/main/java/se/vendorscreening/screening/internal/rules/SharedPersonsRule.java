package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A person represents or owns this tenderer and another tenderer of the same procurement, so the
 * tenders may not be independent (possible collusion, LOU 13 kap. 3 § första stycket 4): REVIEW.
 */
public final class SharedPersonsRule {

  public static final RuleId ID = RuleId.SHARED_PERSONS;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal, context, signal.subjectName(), signal.facts().get("shared_with"));
  }
}
