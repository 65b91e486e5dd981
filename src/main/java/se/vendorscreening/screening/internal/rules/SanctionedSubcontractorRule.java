package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * A subcontractor of the tenderer (at any tier) is owned more than 50 % from a sanctioned country
 * and accounts for more than 10 % of the contract value, in a procurement above the EU thresholds:
 * EXCLUDE of the tenderer (Council Regulation (EU) No 833/2014 art. 5k.1; docs/rules.md).
 */
public final class SanctionedSubcontractorRule {

  public static final RuleId ID = RuleId.SANCTIONED_SUBCONTRACTOR;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal,
        context,
        signal.subjectName(),
        signal.facts().get("subcontract_share_percent"),
        signal.facts().get("share_limit_percent"),
        signal.facts().get("sanctioned_share_percent"),
        signal.facts().get("sanctioned_countries"));
  }
}
