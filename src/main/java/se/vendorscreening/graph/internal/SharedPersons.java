package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RegisteredParty;

/**
 * SHARED_PERSONS: a person who represents or owns two tenderers (vendors) of the same procurement,
 * a sign of possible collusion. One signal per tenderer and shared person, naming every other
 * tenderer the person is behind.
 */
final class SharedPersons {

  static final String ID = "SHARED_PERSONS";

  private SharedPersons() {}

  static List<GraphSignal> signals(RelationshipGraph relationships, List<RegisteredParty> parties) {
    Graph<String, Relation> circle =
        relationships.only(Set.of(Relation.Kind.REPRESENTS, Relation.Kind.OWNS));
    Map<String, Set<String>> vendorsByProcurement = new LinkedHashMap<>();
    for (RegisteredParty party : parties) {
      if (party.role() == PartyRole.VENDOR) {
        vendorsByProcurement
            .computeIfAbsent(party.procurementId(), p -> new TreeSet<>())
            .add(RelationshipGraph.partyVertex(party.key()));
      }
    }
    List<GraphSignal> signals = new ArrayList<>();
    for (RegisteredParty party : parties) {
      if (party.role() != PartyRole.VENDOR) {
        continue;
      }
      Set<String> competitors = vendorsByProcurement.get(party.procurementId());
      String vendor = RelationshipGraph.partyVertex(party.key());
      for (String person : new TreeSet<>(Graphs.predecessorListOf(circle, vendor))) {
        if (!RelationshipGraph.isPerson(person)) {
          continue;
        }
        List<String> paths = new ArrayList<>();
        int shared = 0;
        for (String other : new TreeSet<>(Graphs.successorListOf(circle, person))) {
          if (!other.equals(vendor) && competitors.contains(other)) {
            shared++;
            if (paths.size() >= FrontPersons.MAX_PATHS) {
              continue;
            }
            paths.add(
                relationships.label(vendor)
                    + " ←"
                    + roles(circle, person, vendor)
                    + "– "
                    + relationships.label(person)
                    + " –"
                    + roles(circle, person, other)
                    + "→ "
                    + relationships.label(other));
          }
        }
        if (!paths.isEmpty()) {
          if (shared > paths.size()) {
            paths.add("… +" + (shared - paths.size()));
          }
          Map<String, String> facts = new LinkedHashMap<>();
          facts.put("shared_with", Integer.toString(shared));
          signals.add(
              new GraphSignal(
                  ID,
                  party.procurementId(),
                  party.key(),
                  relationships.label(person),
                  roles(circle, person, vendor),
                  null,
                  paths,
                  facts));
        }
      }
    }
    return signals;
  }

  /** The person's roles in the party, e.g. {@code BOARD} or {@code CEO+OWNER 40 %}. */
  static String roles(Graph<String, Relation> circle, String person, String party) {
    Set<String> roles = new TreeSet<>();
    for (Relation relation : circle.getAllEdges(person, party)) {
      roles.add(
          relation.kind() == Relation.Kind.OWNS
              ? "OWNER " + Percentages.format(relation.share())
              : relation.role());
    }
    return String.join("+", roles);
  }
}
