package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;

/**
 * FRONT_PERSON: a person in the circle (representative or owner) of more distinct parties of the
 * register than the configured number, a sign of a front person (målvakt). The count per person is
 * read off the graph's adjacency once; one signal per imported party and such person, listing the
 * parties.
 */
final class FrontPersons {

  static final String ID = "FRONT_PERSON";

  /** Parties listed in the explanation; the count covers them all (bounds a report's row). */
  static final int MAX_PATHS = 10;

  private FrontPersons() {}

  static List<GraphSignal> signals(RelationshipGraph graph, GraphProperties settings) {
    int[] counts = new int[graph.vertexCount()];
    long persons = 0;
    long seats = 0;
    for (int vertex = 0; vertex < counts.length; vertex++) {
      counts[vertex] = graph.isPerson(vertex) ? graph.registerPartyCountOf(vertex) : 0;
      if (counts[vertex] > 0) {
        persons++;
        seats += counts[vertex];
      }
    }
    int limit = limit(settings, persons == 0 ? 0 : (double) seats / persons);
    List<GraphSignal> signals = new ArrayList<>();
    for (Membership membership : graph.memberships()) {
      if (!membership.imported()) {
        continue;
      }
      int party = membership.party();
      for (int person : graph.circleOf(party)) {
        if (counts[person] > limit) {
          signals.add(signal(graph, membership, person, counts[person], limit));
        }
      }
    }
    return signals;
  }

  /**
   * The number of register parties a person may be in without a signal: the configured limit, or
   * the configured factor times the register's average where that is higher, so that only outliers
   * are flagged in a register where everybody sits on many boards.
   */
  static int limit(GraphProperties settings, double averagePartiesPerPerson) {
    int relative = (int) Math.ceil(settings.frontPersonOutlierFactor() * averagePartiesPerPerson);
    return Math.max(settings.frontPersonMaxParties(), relative);
  }

  private static GraphSignal signal(
      RelationshipGraph graph, Membership membership, int person, int count, int limit) {
    List<String> paths = new ArrayList<>();
    List<se.vendorscreening.graph.GraphEdge> edges = new ArrayList<>();
    int[] parties = graph.partiesOf(person);
    Integer[] ordered = new Integer[parties.length];
    for (int i = 0; i < parties.length; i++) {
      ordered[i] = parties[i];
    }
    Arrays.sort(ordered, (a, b) -> graph.key(a).compareTo(graph.key(b)));
    int listed = 0;
    for (int other : ordered) {
      if (!graph.inRegister(other)) {
        continue;
      }
      if (listed == MAX_PATHS) {
        paths.add("… +" + (count - MAX_PATHS));
        break;
      }
      paths.add(
          graph.label(person) + " –" + graph.roles(person, other) + "→ " + graph.label(other));
      edges.add(ExplanationEdgeBuilder.circle(graph, person, other));
      listed++;
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("parties_in_circle", Integer.toString(count));
    facts.put("limit", Integer.toString(limit));
    return new GraphSignal(
        ID,
        membership.procurementId(),
        graph.key(membership.party()).substring(4),
        graph.label(person),
        graph.roles(person, membership.party()),
        null,
        paths,
        facts,
        edges);
  }
}
