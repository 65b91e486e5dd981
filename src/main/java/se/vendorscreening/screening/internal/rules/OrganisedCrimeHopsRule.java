package se.vendorscreening.screening.internal.rules;

import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.shared.RuleId;

/**
 * The party is within the configured number of edges of a subject of an organised-crime assessment
 * that meets the active profile (an indirect link; the direct one is ORGANISED_CRIME_LINK): REVIEW,
 * with the chain in the explanation path.
 */
public final class OrganisedCrimeHopsRule {

  public static final RuleId ID = RuleId.ORGANISED_CRIME_HOPS;

  public Finding findingFor(GraphSignal signal, RuleContext context) {
    return GraphFindings.of(
        signal,
        context,
        signal.facts().get("hops"),
        signal.subjectName(),
        signal.facts().get("network_id"));
  }
}
