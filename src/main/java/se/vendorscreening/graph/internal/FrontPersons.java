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
import se.vendorscreening.intake.RegisteredParty;

/**
 * FRONT_PERSON: a person in the circle (representative or owner) of more parties of the register
 * than the configured number, a sign of a front person (målvakt). One signal per party of the
 * import and such person, listing the parties.
 */
final class FrontPersons {

  static final String ID = "FRONT_PERSON";

  /** Parties listed in the explanation; the count covers them all (bounds a report's row). */
  static final int MAX_PATHS = 10;

  private FrontPersons() {}

  static List<GraphSignal> signals(
      RelationshipGraph relationships, List<RegisteredParty> parties, GraphProperties settings) {
    Graph<String, Relation> circle =
        relationships.only(Set.of(Relation.Kind.REPRESENTS, Relation.Kind.OWNS));
    List<GraphSignal> signals = new ArrayList<>();
    for (RegisteredParty party : parties) {
      String org = RelationshipGraph.partyVertex(party.key());
      for (String person : new TreeSet<>(Graphs.predecessorListOf(circle, org))) {
        if (!RelationshipGraph.isPerson(person)) {
          continue;
        }
        Set<String> partiesOfPerson = new TreeSet<>(Graphs.successorListOf(circle, person));
        if (partiesOfPerson.size() <= settings.frontPersonMaxParties()) {
          continue;
        }
        List<String> paths = new ArrayList<>();
        for (String other : partiesOfPerson) {
          if (paths.size() == MAX_PATHS) {
            paths.add("… +" + (partiesOfPerson.size() - MAX_PATHS));
            break;
          }
          paths.add(
              relationships.label(person)
                  + " –"
                  + SharedPersons.roles(circle, person, other)
                  + "→ "
                  + relationships.label(other));
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("parties_in_circle", Integer.toString(partiesOfPerson.size()));
        facts.put("limit", Integer.toString(settings.frontPersonMaxParties()));
        signals.add(
            new GraphSignal(
                ID,
                party.procurementId(),
                party.key(),
                relationships.label(person),
                SharedPersons.roles(circle, person, org),
                null,
                paths,
                facts));
      }
    }
    return signals;
  }
}
