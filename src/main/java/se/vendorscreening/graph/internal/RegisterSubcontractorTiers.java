package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.springframework.stereotype.Component;
import se.vendorscreening.graph.SubcontractorTiers;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.ContractRegister.FollowedParty;
import se.vendorscreening.intake.ContractRegister.SubcontractorLink;

/**
 * The register's subcontractor links as a directed JGraphT graph (each party that works under
 * another → an edge from the party above to it, within one procurement), walked breadth first from
 * every party with an ACTIVE contract at once: the walk reaches every tier below them, gives each
 * party its depth as its tier, and visits a party once, so links in a circle end.
 */
@Component
class RegisterSubcontractorTiers implements SubcontractorTiers {

  private final ContractRegister register;

  RegisterSubcontractorTiers(ContractRegister register) {
    this.register = register;
  }

  @Override
  public List<FollowedParty> partiesUnderActiveContracts() {
    return followed(register.contractedParties(), register.subcontractorLinks());
  }

  /** A party of one procurement. */
  private record Party(String procurementId, String partyKey) {}

  static List<FollowedParty> followed(
      List<FollowedParty> contracted, List<SubcontractorLink> links) {
    Graph<Party, DefaultEdge> below = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (SubcontractorLink link : links) {
      Party sub = new Party(link.procurementId(), link.partyKey());
      Party above = new Party(link.procurementId(), link.parentKey());
      if (!sub.equals(above)) {
        below.addVertex(sub);
        below.addVertex(above);
        below.addEdge(above, sub);
      }
    }
    Set<Party> roots = new LinkedHashSet<>();
    for (FollowedParty party : contracted) {
      Party root = new Party(party.procurementId(), party.partyKey());
      below.addVertex(root);
      roots.add(root);
    }
    List<FollowedParty> followed = new ArrayList<>();
    if (roots.isEmpty()) {
      return followed;
    }
    BreadthFirstIterator<Party, DefaultEdge> walk = new BreadthFirstIterator<>(below, roots);
    while (walk.hasNext()) {
      Party party = walk.next();
      int tier = roots.contains(party) ? 0 : walk.getDepth(party);
      followed.add(new FollowedParty(party.procurementId(), party.partyKey(), tier));
    }
    return followed;
  }
}
