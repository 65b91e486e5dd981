package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A person of the party's circle was in the circle of a company excluded in an earlier run, or
 * bankrupt or in liquidation, within the configured period: the party may replace it (phoenix):
 * REVIEW, with the companies in the explanation path.
 */
public final class PhoenixRule {

  public static final RuleId ID = RuleId.PHOENIX;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal,
        context,
        signal.subjectName(),
        signal.facts().get("marked_companies"),
        signal.facts().get("period_months"),
        signal.facts().get("reasons"));
  }
}
