package se.vendorscreening.graph.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.GraphPath;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.intake.RepresentativeRole;

/**
 * The edges of a signal's explanation, built from the graph as the signal walks it, so that a
 * report can draw the chain its words describe (docs/ownership.md, "The network in the reports").
 */
final class ExplanationEdgeBuilder {

  private ExplanationEdgeBuilder() {}

  /**
   * The person's (or owner's) link to the party: the roles held with their dates, and the share
   * owned; {@link GraphEdge#OWNS} when the link is a share only.
   */
  static GraphEdge circle(RelationshipGraph graph, int person, int party) {
    int bits = graph.roleBits(person, party);
    List<String> roles = new ArrayList<>();
    RepresentativeRole[] all = RepresentativeRole.values();
    for (int bit = 0; bit < all.length; bit++) {
      if ((bits & (1 << bit)) != 0) {
        roles.add(all[bit].name());
      }
    }
    Double share =
        (bits & (1 << RelationshipGraph.OWNER_BIT)) != 0 ? graph.ownedShare(person, party) : null;
    LocalDate[] dates = roles.isEmpty() ? null : graph.roleDates(person, party);
    return new GraphEdge(
        graph.node(person),
        roles.isEmpty() ? GraphEdge.OWNS : GraphEdge.REPRESENTS,
        roles.isEmpty() ? null : String.join("+", roles),
        share,
        dates == null ? null : dates[0],
        dates == null ? null : dates[1],
        graph.node(party));
  }

  /** The edges of an ownership chain, each with the share held along it. */
  static List<GraphEdge> chain(RelationshipGraph graph, GraphPath<String, Relation> chain) {
    List<String> vertices = chain.getVertexList();
    List<Relation> relations = chain.getEdgeList();
    List<GraphEdge> edges = new ArrayList<>();
    for (int i = 0; i < relations.size(); i++) {
      edges.add(
          new GraphEdge(
              graph.node(graph.id(vertices.get(i))),
              GraphEdge.OWNS,
              null,
              relations.get(i).share(),
              null,
              null,
              graph.node(graph.id(vertices.get(i + 1)))));
    }
    return edges;
  }
}
