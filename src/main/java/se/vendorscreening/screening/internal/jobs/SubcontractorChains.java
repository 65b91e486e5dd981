package se.vendorscreening.screening.internal.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.jgrapht.traverse.TopologicalOrderIterator;
import se.vendorscreening.screening.internal.stores.PartyResultStore;

/**
 * A run's subcontractor links as a directed JGraphT graph over (procurement id, party key): an edge
 * from each subcontractor to the party it works under (the first link a subcontractor has counts).
 * Walking it forward leads up the chain to the tenderer; JGraphT's walks visit each party once, so
 * links that run in a circle (which the import rejects, but a register may hold) end.
 */
final class SubcontractorChains {

  private final Graph<List<String>, DefaultEdge> worksUnder =
      new DefaultDirectedGraph<>(DefaultEdge.class);

  SubcontractorChains(List<PartyResultStore.SubcontractorRef> links) {
    for (PartyResultStore.SubcontractorRef link : links) {
      List<String> child = List.of(link.procurementId(), link.partyKey());
      List<String> parent = List.of(link.procurementId(), link.parentKey());
      if (!child.equals(parent)
          && (!worksUnder.containsVertex(child) || worksUnder.outDegreeOf(child) == 0)) {
        worksUnder.addVertex(child);
        worksUnder.addVertex(parent);
        worksUnder.addEdge(child, parent);
      }
    }
  }

  /** The party each subcontractor works under, or null when it is not a subcontractor here. */
  List<String> above(List<String> party) {
    if (!worksUnder.containsVertex(party) || worksUnder.outDegreeOf(party) == 0) {
      return null;
    }
    return worksUnder.getEdgeTarget(worksUnder.outgoingEdgesOf(party).iterator().next());
  }

  /** The subcontractors working directly under the party, in the order of the links. */
  List<List<String>> below(List<String> party) {
    List<List<String>> children = new ArrayList<>();
    if (worksUnder.containsVertex(party)) {
      for (DefaultEdge edge : worksUnder.incomingEdgesOf(party)) {
        children.add(worksUnder.getEdgeSource(edge));
      }
    }
    return children;
  }

  /**
   * The given parties and every party above them up to their tenderers, each once, in the order a
   * breadth-first walk from each in turn reaches them.
   */
  Set<List<String>> withEveryPartyAbove(Collection<List<String>> parties) {
    Set<List<String>> reached = new LinkedHashSet<>();
    for (List<String> party : parties) {
      if (!worksUnder.containsVertex(party)) {
        reached.add(party);
      } else if (!reached.contains(party)) {
        new BreadthFirstIterator<>(worksUnder, party).forEachRemaining(reached::add);
      }
    }
    return reached;
  }

  /**
   * Every party above the given subcontractors (not the subcontractors themselves, unless one is
   * above another), ordered so that a party comes after every subcontractor of it that is in the
   * list: a topological order of the chains, the parties of a circle together in any order.
   */
  List<List<String>> everyPartyAboveSubcontractorsFirst(Collection<List<String>> subcontractors) {
    List<List<String>> parents = new ArrayList<>();
    for (List<String> subcontractor : subcontractors) {
      List<String> parent = above(subcontractor);
      if (parent != null) {
        parents.add(parent);
      }
    }
    Set<List<String>> parties = withEveryPartyAbove(parents);
    Graph<Graph<List<String>, DefaultEdge>, DefaultEdge> condensed =
        new KosarajuStrongConnectivityInspector<>(new AsSubgraph<>(worksUnder, parties))
            .getCondensation();
    List<List<String>> order = new ArrayList<>();
    new TopologicalOrderIterator<>(condensed)
        .forEachRemaining(component -> order.addAll(component.vertexSet()));
    return order;
  }
}
