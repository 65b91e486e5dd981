package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.shared.ProcurementType;
import se.vendorscreening.shared.RuleId;

/**
 * SANCTIONED_OWNERSHIP: owners of a sanctioned country hold, directly or indirectly, more than the
 * configured share (50 %) of a party in a procurement above the EU thresholds (LOU). The indirect
 * share is the sum over the ownership chains from a sanctioned owner to the party of the product of
 * the shares along the chain. Only simple chains count, so an ownership cycle is followed once
 * around and not forever; a chain through another sanctioned owner counts at that owner only, so no
 * share is counted twice.
 */
final class SanctionedOwnership {

  private SanctionedOwnership() {}

  static List<GraphSignal> signals(RelationshipGraph relationships, GraphProperties settings) {
    return signals(relationships, settings, GraphInputs.none(java.time.LocalDate.MIN));
  }

  /**
   * The signals of the imported parties in procurements above the EU thresholds ({@link
   * #aboveThresholds}).
   */
  static List<GraphSignal> signals(
      RelationshipGraph relationships, GraphProperties settings, GraphInputs inputs) {
    List<GraphSignal> signals = new ArrayList<>();
    for (Membership party : relationships.memberships()) {
      if (!party.imported() || !aboveThresholds(relationships, party, inputs)) {
        continue;
      }
      Holding holding = holding(relationships, settings, party.party());
      if (holding == null) {
        continue;
      }
      String target = relationships.key(party.party());
      signals.add(
          new GraphSignal(
              RuleId.SANCTIONED_OWNERSHIP,
              party.procurementId(),
              target.substring(4),
              holding.ownerNames(),
              "OWNER",
              null,
              holding.paths(),
              holding.facts(),
              holding.edges()));
    }
    return signals;
  }

  /**
   * Whether the party's procurement is above the EU thresholds: an LOU procurement (LOU19 and LOV
   * are below them or outside the directives), unless the contract value its tenderer's row gives
   * is below the configured threshold.
   */
  static boolean aboveThresholds(
      RelationshipGraph relationships, Membership party, GraphInputs inputs) {
    if (party.procurementType() != ProcurementType.LOU) {
      return false;
    }
    Membership tenderer = relationships.tendererOf(party, new ArrayList<>());
    java.math.BigDecimal value = tenderer == null ? null : tenderer.contractValueSek();
    return value == null
        || inputs.euThresholdSek() == null
        || value.compareTo(inputs.euThresholdSek()) >= 0;
  }

  /**
   * What owners of a sanctioned country hold of a party, when above the configured share.
   *
   * @param ownerNames the sanctioned owners, in words
   * @param paths every chain from a sanctioned owner to the party, with its product
   * @param facts the share, the threshold, the countries and any ownership cycle
   * @param edges the chains' edges, for a report's picture
   */
  record Holding(
      String ownerNames,
      List<String> paths,
      Map<String, String> facts,
      List<se.vendorscreening.graph.GraphEdge> edges) {}

  /** The sanctioned holding of the party, or null when it is not above the configured share. */
  static Holding holding(RelationshipGraph relationships, GraphProperties settings, int party) {
    Graph<String, Relation> owns = relationships.ownership();
    String target = relationships.key(party);
    if (!owns.containsVertex(target) || owns.inDegreeOf(target) == 0) {
      return null;
    }
    Set<String> countries = settings.sanctioned();
    double threshold = settings.sanctionedOwnershipPercent().doubleValue() / 100.0;
    Set<String> owners =
        ancestors(new EdgeReversedGraph<>(owns), target, settings.maxOwnershipDepth());
    Set<String> sanctioned = new TreeSet<>();
    for (String owner : owners) {
      if (countries.contains(relationships.country(owner))) {
        sanctioned.add(owner);
      }
    }
    if (sanctioned.isEmpty()) {
      return null;
    }
    List<GraphPath<String, Relation>> chains =
        new AllDirectedPaths<>(owns)
            .getAllPaths(sanctioned, Set.of(target), true, settings.maxOwnershipDepth());
    double total = 0;
    List<String> paths = new ArrayList<>();
    List<se.vendorscreening.graph.GraphEdge> edges = new ArrayList<>();
    for (GraphPath<String, Relation> chain : chains) {
      if (throughAnotherSanctionedOwner(chain, sanctioned)) {
        continue;
      }
      double share = 1;
      for (Relation relation : chain.getEdgeList()) {
        share *= relation.share();
      }
      total += share;
      paths.add(describe(relationships, chain) + " = " + Percentages.format(share));
      edges.addAll(ExplanationEdgeBuilder.chain(relationships, chain));
    }
    if (total <= threshold + 1e-9) {
      return null;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("sanctioned_share_percent", Percentages.number(Math.min(total, 1.0)));
    facts.put("threshold_percent", Percentages.number(threshold));
    facts.put("sanctioned_countries", String.join("|", countries));
    String cycle = cycleAmong(owns, owners, target, relationships);
    if (cycle != null) {
      facts.put("ownership_cycle", cycle);
    }
    List<String> names = new ArrayList<>();
    sanctioned.forEach(owner -> names.add(relationships.label(owner)));
    return new Holding(String.join("; ", names), paths, facts, edges);
  }

  private static Set<String> ancestors(Graph<String, Relation> ownedBy, String target, int depth) {
    Set<String> ancestors = new HashSet<>();
    BreadthFirstIterator<String, Relation> walk = new BreadthFirstIterator<>(ownedBy, target);
    while (walk.hasNext()) {
      String vertex = walk.next();
      if (!vertex.equals(target) && walk.getDepth(vertex) <= depth) {
        ancestors.add(vertex);
      }
    }
    return ancestors;
  }

  private static boolean throughAnotherSanctionedOwner(
      GraphPath<String, Relation> chain, Set<String> sanctioned) {
    List<String> vertices = chain.getVertexList();
    for (int i = 1; i < vertices.size() - 1; i++) {
      if (sanctioned.contains(vertices.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** The chain in words: {@code Owner, RU –40 %→ Holding AB (…) –60 %→ Party AB (…)}. */
  static String describe(RelationshipGraph relationships, GraphPath<String, Relation> chain) {
    List<String> vertices = chain.getVertexList();
    List<Relation> edges = chain.getEdgeList();
    StringBuilder text = new StringBuilder(relationships.label(vertices.get(0)));
    for (int i = 0; i < edges.size(); i++) {
      text.append(" –")
          .append(Percentages.format(edges.get(i).share()))
          .append("→ ")
          .append(relationships.label(vertices.get(i + 1)));
    }
    return text.toString();
  }

  /** A cycle among the party's owners, in words, or null when there is none. */
  private static String cycleAmong(
      Graph<String, Relation> owns,
      Set<String> owners,
      String target,
      RelationshipGraph relationships) {
    Set<String> vertices = new HashSet<>(owners);
    vertices.add(target);
    CycleDetector<String, Relation> detector =
        new CycleDetector<>(new AsSubgraph<>(owns, vertices));
    if (!detector.detectCycles()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    new TreeSet<>(detector.findCycles()).forEach(v -> names.add(relationships.label(v)));
    return String.join(", ", names);
  }
}
