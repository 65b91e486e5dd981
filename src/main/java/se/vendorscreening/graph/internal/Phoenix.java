package se.vendorscreening.graph.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphInputs.MarkedCompany;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.shared.RuleId;

/**
 * PHOENIX: a person of the party's current circle was in the circle of another company that was
 * excluded in an earlier run, or went bankrupt or into liquidation, within the configured period
 * before the evaluation date. A person whose role in that company ended more than the period before
 * the company was marked had left long before and does not count; a person whose role in the party
 * has ended is not of its current circle. One signal per party and person, listing the companies.
 */
final class Phoenix {

  private Phoenix() {}

  static List<GraphSignal> signals(
      RelationshipGraph graph, GraphInputs inputs, GraphProperties settings) {
    int months = settings.phoenixPeriodMonths();
    LocalDate since = inputs.asOf().minusMonths(months);
    Map<Integer, MarkedCompany> marked = new HashMap<>();
    for (MarkedCompany company : inputs.marked()) {
      int vertex = graph.id(RelationshipGraph.partyVertex(company.partyKey()));
      if (vertex < 0 || company.date().isBefore(since) || company.date().isAfter(inputs.asOf())) {
        continue;
      }
      marked.merge(vertex, company, (a, b) -> b.date().isAfter(a.date()) ? b : a);
    }
    List<GraphSignal> signals = new ArrayList<>();
    if (marked.isEmpty()) {
      return signals;
    }
    for (Membership membership : graph.memberships()) {
      if (!membership.imported()) {
        continue;
      }
      int party = membership.party();
      for (int person : graph.circleOf(party)) {
        if (!graph.isPerson(person) || !current(graph.roleDates(person, party), inputs.asOf())) {
          continue;
        }
        List<String> paths = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        TreeSet<String> reasons = new TreeSet<>();
        for (int other : graph.partiesOf(person)) {
          MarkedCompany company = marked.get(other);
          if (other == party || company == null) {
            continue;
          }
          LocalDate[] dates = graph.roleDates(person, other);
          if (dates != null
              && dates[1] != null
              && dates[1].isBefore(company.date().minusMonths(months))) {
            continue;
          }
          reasons.add(company.reason());
          if (paths.size() < FrontPersons.MAX_PATHS) {
            paths.add(
                graph.label(party)
                    + " ←"
                    + graph.roles(person, party)
                    + "– "
                    + graph.label(person)
                    + " –"
                    + graph.roles(person, other)
                    + "→ "
                    + graph.label(other)
                    + " ["
                    + company.reason()
                    + " "
                    + company.date()
                    + "]");
            if (edges.isEmpty()) {
              edges.add(ExplanationEdgeBuilder.circle(graph, person, party));
            }
            GraphEdge earlier = ExplanationEdgeBuilder.circle(graph, person, other);
            edges.add(
                new GraphEdge(
                    earlier.from(),
                    earlier.relation(),
                    earlier.roles(),
                    earlier.share(),
                    earlier.since(),
                    earlier.until(),
                    earlier.to().withNote(company.reason() + " " + company.date())));
          }
        }
        if (paths.isEmpty()) {
          continue;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("marked_companies", Integer.toString(paths.size()));
        facts.put("reasons", String.join("|", reasons));
        facts.put("period_months", Integer.toString(months));
        signals.add(
            new GraphSignal(
                RuleId.PHOENIX,
                membership.procurementId(),
                graph.key(party).substring(4),
                graph.label(person),
                graph.subjectRole(person, party),
                null,
                paths,
                facts,
                edges));
      }
    }
    return signals;
  }

  /** Whether a role with these dates is held on the day (no dates: held as far as known). */
  private static boolean current(LocalDate[] dates, LocalDate day) {
    return dates == null
        || ((dates[0] == null || !dates[0].isAfter(day))
            && (dates[1] == null || !dates[1].isBefore(day)));
  }
}
