package se.vendorscreening.graph.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.MaskSubgraph;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;

/**
 * The relationship graph: parties ({@code org:KEY}), persons ({@code person:...}), other owners
 * ({@code owner:...}), procurements ({@code proc:ID}) and contracts ({@code contract:...}) as
 * vertices, {@link Relation}s as edges, with a label (persons' numbers masked) and a country per
 * vertex where known.
 */
final class RelationshipGraph {

  private final Graph<String, Relation> graph = new DirectedPseudograph<>(null, null, false);
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> countries = new HashMap<>();
  private final Set<String> edgeKeys = new HashSet<>();

  static String partyVertex(String partyKey) {
    return "org:" + partyKey;
  }

  static String procurementVertex(String procurementId) {
    return "proc:" + procurementId;
  }

  /** Adds a party with its procurement, representatives, contracts and vendor (once each). */
  void addParty(RegisteredParty party) {
    String org = partyVertex(party.key());
    vertex(org, party.name() + " (" + party.displayedOrgNo() + ")", party.country());
    String procurement = procurementVertex(party.procurementId());
    vertex(procurement, party.procurementId(), null);
    edge(org, procurement, Relation.Kind.TENDERS, party.role().name(), 0);
    if (party.parentKey() != null) {
      String parent = partyVertex(party.parentKey());
      vertex(parent, null, null);
      edge(org, parent, Relation.Kind.SUBCONTRACTS_FOR, party.procurementId(), 0);
    }
    for (Contract contract : party.contracts()) {
      String vertex = "contract:" + party.procurementId() + "/" + contract.contractId();
      vertex(vertex, contract.contractId(), null);
      edge(org, vertex, Relation.Kind.HOLDS, contract.status().name(), 0);
      edge(vertex, procurement, Relation.Kind.AWARDED_IN, null, 0);
    }
    for (RegisteredRepresentative representative : party.representatives()) {
      String person = personVertex(representative);
      String shown =
          representative.personId() != null
              ? representative.name() + " (" + representative.personId().masked() + ")"
              : representative.name();
      vertex(person, shown, null);
      edge(person, org, Relation.Kind.REPRESENTS, representative.role().name(), 0);
    }
  }

  /**
   * Adds the owners' stakes; when an owner has several rows for the same organisation, the latest
   * dated one counts.
   */
  void addStakes(List<OwnershipStake> stakes) {
    Map<List<String>, OwnershipStake> latest = new LinkedHashMap<>();
    for (OwnershipStake stake : stakes) {
      latest.merge(
          List.of(ownerVertex(stake), stake.ownedKey()),
          stake,
          (a, b) -> dateOf(b).isBefore(dateOf(a)) ? a : b);
    }
    latest.forEach(
        (key, stake) -> {
          String owner = key.get(0);
          String owned = partyVertex(stake.ownedKey());
          vertex(owner, ownerLabel(stake), stake.ownerCountry());
          countries.put(owner, stake.ownerCountry());
          vertex(owned, null, null);
          edge(owner, owned, Relation.Kind.OWNS, null, stake.fraction());
        });
  }

  Graph<String, Relation> graph() {
    return graph;
  }

  /** The view of the graph with only edges of the given kinds (vertices all kept). */
  Graph<String, Relation> only(Set<Relation.Kind> kinds) {
    return new MaskSubgraph<>(graph, v -> false, e -> !kinds.contains(e.kind()));
  }

  /** The vertex in words; a party known only from the ownership file by its number. */
  String label(String vertex) {
    String label = labels.get(vertex);
    if (label != null) {
      return label;
    }
    String key = vertex.substring(vertex.indexOf(':') + 1);
    try {
      return IdentityNumber.parse(key).masked();
    } catch (InvalidIdentityNumberException e) {
      return key;
    }
  }

  /** The vertex's country (upper case), or null when not known. */
  String country(String vertex) {
    return countries.get(vertex);
  }

  static boolean isPerson(String vertex) {
    return vertex.startsWith("person:");
  }

  static boolean isParty(String vertex) {
    return vertex.startsWith("org:");
  }

  private static String personVertex(RegisteredRepresentative representative) {
    if (representative.personId() != null) {
      return "person:" + representative.personId().canonical();
    }
    return "person:"
        + representative.name().strip().toLowerCase(Locale.ROOT)
        + "|"
        + representative.birth();
  }

  /** An owner with a Swedish number is the same vertex as that person or party. */
  private static String ownerVertex(OwnershipStake stake) {
    if (stake.ownerId() != null) {
      try {
        IdentityNumber number = IdentityNumber.parse(stake.ownerId());
        return number.isPersonal() && number.canonical().length() == 12
            ? "person:" + number.canonical()
            : partyVertex(number.canonical());
      } catch (InvalidIdentityNumberException e) {
        return "owner:" + stake.ownerId().strip().toUpperCase(Locale.ROOT);
      }
    }
    return "owner:" + stake.ownerName().strip().toLowerCase(Locale.ROOT);
  }

  private static String ownerLabel(OwnershipStake stake) {
    String id = stake.ownerId();
    if (id != null) {
      try {
        id = IdentityNumber.parse(id).masked();
      } catch (InvalidIdentityNumberException e) {
        // a foreign or other registry id: shown as given
      }
    }
    String name = stake.ownerName() != null ? stake.ownerName() : id;
    String shown = stake.ownerName() != null && id != null ? name + " (" + id + ")" : name;
    return shown + ", " + stake.ownerCountry();
  }

  private static LocalDate dateOf(OwnershipStake stake) {
    return stake.date() == null ? LocalDate.MIN : stake.date();
  }

  private void vertex(String vertex, String label, String country) {
    graph.addVertex(vertex);
    if (label != null) {
      labels.putIfAbsent(vertex, label);
    }
    if (country != null) {
      countries.putIfAbsent(vertex, country.toUpperCase(Locale.ROOT));
    }
  }

  private void edge(String source, String target, Relation.Kind kind, String role, double share) {
    if (edgeKeys.add(source + "\u0000" + target + "\u0000" + kind + "\u0000" + role)) {
      graph.addEdge(source, target, new Relation(kind, role, share));
    }
  }
}
