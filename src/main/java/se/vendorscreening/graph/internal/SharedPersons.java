package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.internal.RelationshipGraph.Membership;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.shared.RuleId;

/**
 * SHARED_PERSONS: a person who represents or owns two tenderers (vendors) of the same procurement,
 * a sign of possible collusion. Grouped per procurement: only the tenderers of one procurement are
 * compared with each other, as (person, vendor) pairs sorted once, so the cost grows with the
 * procurement's circle and not with the register. One signal per imported tenderer and shared
 * person, naming every other tenderer the person is behind.
 */
final class SharedPersons {

  private SharedPersons() {}

  static List<GraphSignal> signals(RelationshipGraph graph) {
    Map<String, List<Membership>> vendorsByProcurement = new LinkedHashMap<>();
    Map<String, Boolean> anyImported = new LinkedHashMap<>();
    for (Membership membership : graph.memberships()) {
      if (membership.role() == PartyRole.VENDOR) {
        vendorsByProcurement
            .computeIfAbsent(membership.procurementId(), p -> new ArrayList<>())
            .add(membership);
        anyImported.merge(membership.procurementId(), membership.imported(), Boolean::logicalOr);
      }
    }
    List<GraphSignal> signals = new ArrayList<>();
    vendorsByProcurement.forEach(
        (procurement, vendors) -> {
          if (vendors.size() > 1 && anyImported.get(procurement)) {
            signals.addAll(ofProcurement(graph, procurement, vendors));
          }
        });
    return signals;
  }

  private static List<GraphSignal> ofProcurement(
      RelationshipGraph graph, String procurement, List<Membership> vendors) {
    int count = 0;
    for (Membership vendor : vendors) {
      count += graph.circleOf(vendor.party()).length;
    }
    long[] pairs = new long[count];
    int at = 0;
    for (int v = 0; v < vendors.size(); v++) {
      for (int person : graph.circleOf(vendors.get(v).party())) {
        pairs[at++] = ((long) person << 32) | v;
      }
    }
    Arrays.sort(pairs);
    List<GraphSignal> signals = new ArrayList<>();
    int start = 0;
    while (start < pairs.length) {
      int person = (int) (pairs[start] >>> 32);
      int end = start;
      while (end < pairs.length && (int) (pairs[end] >>> 32) == person) {
        end++;
      }
      if (end - start > 1 && graph.isPerson(person)) {
        for (int i = start; i < end; i++) {
          Membership vendor = vendors.get((int) pairs[i]);
          if (vendor.imported()) {
            signals.add(signal(graph, procurement, person, vendor, vendors, pairs, start, end));
          }
        }
      }
      start = end;
    }
    return signals;
  }

  private static GraphSignal signal(
      RelationshipGraph graph,
      String procurement,
      int person,
      Membership vendor,
      List<Membership> vendors,
      long[] pairs,
      int start,
      int end) {
    List<String> paths = new ArrayList<>();
    List<se.vendorscreening.graph.GraphEdge> edges = new ArrayList<>();
    edges.add(ExplanationEdgeBuilder.circle(graph, person, vendor.party()));
    int shared = 0;
    for (int i = start; i < end; i++) {
      Membership other = vendors.get((int) pairs[i]);
      if (other.party() == vendor.party()) {
        continue;
      }
      shared++;
      if (paths.size() < FrontPersons.MAX_PATHS) {
        paths.add(
            graph.label(vendor.party())
                + " ←"
                + graph.roles(person, vendor.party())
                + "– "
                + graph.label(person)
                + " –"
                + graph.roles(person, other.party())
                + "→ "
                + graph.label(other.party()));
        edges.add(ExplanationEdgeBuilder.circle(graph, person, other.party()));
      }
    }
    if (shared > paths.size()) {
      paths.add("… +" + (shared - paths.size()));
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("shared_with", Integer.toString(shared));
    return new GraphSignal(
        RuleId.SHARED_PERSONS,
        procurement,
        graph.key(vendor.party()).substring(4),
        graph.label(person),
        graph.subjectRole(person, vendor.party()),
        null,
        paths,
        facts,
        edges);
  }
}
