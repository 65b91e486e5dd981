package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphInputs.OrganisedCrimeSubject;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.shared.RuleId;

/**
 * ORGANISED_CRIME_HOPS: a party within the configured number of edges (person–company as
 * representative or owner, owner–company) of a subject of an organised-crime assessment that meets
 * the profile. One breadth-first walk (JGraphT's) from every subject at once over the circle links
 * ({@link CircleGraph}), so each party gets its nearest subject and the chain to it. A subject who
 * is a representative of the party itself (one edge) is left to ORGANISED_CRIME_LINK, which stays
 * as it is; a subject who only owns the party (from the ownership file) is reported here.
 */
final class OrganisedCrimeHops {

  private OrganisedCrimeHops() {}

  static List<GraphSignal> signals(
      RelationshipGraph graph, GraphInputs inputs, GraphProperties settings) {
    int vertices = graph.vertexCount();
    int[] distance = new int[vertices];
    int[] parent = new int[vertices];
    int[] source = new int[vertices];
    Arrays.fill(distance, -1);
    Map<Integer, OrganisedCrimeSubject> subjects = new LinkedHashMap<>();
    for (OrganisedCrimeSubject subject : inputs.organisedCrime()) {
      int vertex = graph.id("person:" + subject.subjectKey());
      if (vertex < 0) {
        vertex = graph.id(RelationshipGraph.partyVertex(subject.subjectKey()));
      }
      if (vertex >= 0) {
        subjects.putIfAbsent(vertex, subject);
      }
    }
    int hops = settings.organisedCrimeHops();
    if (!subjects.isEmpty()) {
      // breadth first from every subject at once: from a source vertex linked to the subjects, so
      // that each party is reached from its nearest subject; depth 1 is the subjects themselves
      CircleGraph circle =
          graph.circleGraph(subjects.keySet().stream().mapToInt(Integer::intValue).toArray());
      Integer start = circle.source();
      BreadthFirstIterator<Integer, Integer> walk = new BreadthFirstIterator<>(circle, start);
      while (walk.hasNext()) {
        Integer vertex = walk.next();
        if (vertex.equals(start)) {
          continue;
        }
        int hop = walk.getDepth(vertex) - 1;
        if (hop > hops) {
          break;
        }
        Integer above = walk.getParent(vertex);
        distance[vertex] = hop;
        parent[vertex] = above.equals(start) ? -1 : above;
        source[vertex] = hop == 0 ? vertex : source[above];
      }
    }
    List<GraphSignal> signals = new ArrayList<>();
    for (Membership membership : graph.memberships()) {
      int party = membership.party();
      if (!membership.imported() || distance[party] <= 0) {
        continue;
      }
      int subject = source[party];
      if (distance[party] == 1 && representsDirectly(graph, subject, party)) {
        continue;
      }
      OrganisedCrimeSubject assessed = subjects.get(subject);
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("hops", Integer.toString(distance[party]));
      facts.put("max_hops", Integer.toString(hops));
      facts.put("network_id", assessed.networkId());
      facts.put("criteria_met", assessed.criteria() == null ? "" : assessed.criteria());
      signals.add(
          new GraphSignal(
              RuleId.ORGANISED_CRIME_HOPS,
              membership.procurementId(),
              graph.key(party).substring(4),
              graph.label(subject),
              null,
              null,
              List.of(path(graph, party, parent)),
              facts,
              edges(graph, party, parent, "NETWORK " + assessed.networkId())));
    }
    return signals;
  }

  private static boolean representsDirectly(RelationshipGraph graph, int subject, int party) {
    return (graph.roleBits(subject, party) & ~(1 << RelationshipGraph.OWNER_BIT)) != 0;
  }

  /** The chain's edges from the party back to the subject, the subject noted with its network. */
  private static List<GraphEdge> edges(
      RelationshipGraph graph, int party, int[] parent, String subjectNote) {
    List<GraphEdge> edges = new ArrayList<>();
    int vertex = party;
    while (parent[vertex] >= 0) {
      int next = parent[vertex];
      boolean last = parent[next] < 0;
      GraphEdge edge =
          graph.roleBits(next, vertex) != 0
              ? ExplanationEdgeBuilder.circle(graph, next, vertex)
              : ExplanationEdgeBuilder.circle(graph, vertex, next);
      if (last) {
        edge =
            edge.from().equals(graph.node(next))
                ? new GraphEdge(
                    edge.from().withNote(subjectNote),
                    edge.relation(),
                    edge.roles(),
                    edge.share(),
                    edge.since(),
                    edge.until(),
                    edge.to())
                : new GraphEdge(
                    edge.from(),
                    edge.relation(),
                    edge.roles(),
                    edge.share(),
                    edge.since(),
                    edge.until(),
                    edge.to().withNote(subjectNote));
      }
      edges.add(edge);
      vertex = next;
    }
    return edges;
  }

  /** The chain from the party back to the subject, each edge with its roles. */
  private static String path(RelationshipGraph graph, int party, int[] parent) {
    StringBuilder text = new StringBuilder(graph.label(party));
    int vertex = party;
    while (parent[vertex] >= 0) {
      int next = parent[vertex];
      String roles =
          graph.roleBits(next, vertex) != 0 ? graph.roles(next, vertex) : graph.roles(vertex, next);
      boolean towardsParty = graph.roleBits(next, vertex) != 0;
      text.append(towardsParty ? " ←" + roles + "– " : " –" + roles + "→ ")
          .append(graph.label(next));
      vertex = next;
    }
    return text.toString();
  }
}
