package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * Owners of a sanctioned country hold, directly or indirectly, more than 50 % of a party in a
 * procurement above the EU thresholds: EXCLUDE (Council Regulation (EU) No 833/2014 art. 5k).
 */
public final class SanctionedOwnershipRule {

  public static final RuleId ID = RuleId.SANCTIONED_OWNERSHIP;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal,
        context,
        signal.facts().get("sanctioned_share_percent"),
        signal.facts().get("sanctioned_countries"),
        signal.subjectName());
  }
}
