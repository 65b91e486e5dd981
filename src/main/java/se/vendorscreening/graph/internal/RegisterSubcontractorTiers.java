package se.vendorscreening.graph.internal;

import java.util.ArrayList;
import java.util.List;
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
 * every party with an ACTIVE contract at once: from an extra source vertex linked to each of them,
 * as {@link OrganisedCrimeHops} walks from its subjects (JGraphT's iterators take several start
 * vertices one connected component after another, which would give a subcontractor under two
 * contracted parties its depth below the first one walked instead of the smaller). The walk reaches
 * every tier below them, gives each party its depth as its tier, and visits a party once, so links
 * in a circle end.
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

  /** The walk's start, linked to every party with an ACTIVE contract; no party of the register. */
  private static final Party SOURCE = new Party(null, null);

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
    List<FollowedParty> followed = new ArrayList<>();
    if (contracted.isEmpty()) {
      return followed;
    }
    below.addVertex(SOURCE);
    for (FollowedParty party : contracted) {
      Party root = new Party(party.procurementId(), party.partyKey());
      below.addVertex(root);
      below.addEdge(SOURCE, root);
    }
    // depth 1 is the contracted parties themselves, tier 0
    BreadthFirstIterator<Party, DefaultEdge> walk = new BreadthFirstIterator<>(below, SOURCE);
    while (walk.hasNext()) {
      Party party = walk.next();
      if (party != SOURCE) {
        followed.add(
            new FollowedParty(party.procurementId(), party.partyKey(), walk.getDepth(party) - 1));
      }
    }
    return followed;
  }
}
