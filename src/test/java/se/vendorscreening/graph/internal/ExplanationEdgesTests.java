package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.MIKAEL;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;
import static se.vendorscreening.graph.internal.GraphFixtures.stake;
import static se.vendorscreening.graph.internal.GraphFixtures.stakeById;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RepresentativeRole;

/** The explanation as edges with their ends, as the reports' network pictures read it. */
class ExplanationEdgesTests {

  private static final Node IVAN = new Node(Node.OWNER, "Ivan Petrov", null, "RU", null);
  private static final Node HOLDING_NODE = new Node(Node.COMPANY, null, HOLDING, "SE", null);
  private static final Node TARGET_NODE =
      new Node(Node.COMPANY, "Party " + TARGET, TARGET, "SE", null);

  @Test
  void aSanctionedOwnershipSignalCarriesEveryChainAsOwnershipEdgesWithTheirShares() {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).build());
    graph.addStakes(
        List.of(
            stake("Ivan Petrov", HOLDING, "40", "RU"),
            stakeById(HOLDING, TARGET, "60", "SE"),
            stake("Ivan Petrov", TARGET, "30", "RU")));

    GraphSignal signal = SanctionedOwnership.signals(graph, GraphProperties.defaults()).get(0);

    assertThat(signal.edges())
        .containsExactlyInAnyOrder(
            new GraphEdge(IVAN, GraphEdge.OWNS, null, 0.4, null, null, HOLDING_NODE),
            new GraphEdge(HOLDING_NODE, GraphEdge.OWNS, null, 0.6, null, null, TARGET_NODE),
            new GraphEdge(IVAN, GraphEdge.OWNS, null, 0.3, null, null, TARGET_NODE));
  }

  @Test
  void aSharedPersonIsANodeWithTheMaskedNumberAndItsRolesAndShareOnTheEdges() {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build());
    graph.addParty(
        aVendor(HOLDING).with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD).build());
    graph.addStakes(List.of(stakeById(MIKAEL, HOLDING, "25", "SE")));

    GraphSignal signal = SharedPersons.signals(graph).get(0);

    // his country from the ownership file
    Node mikael = new Node(Node.PERSON, "Mikael Olsson", "801028-****", "SE", null);
    assertThat(signal.edges())
        .containsExactly(
            new GraphEdge(mikael, GraphEdge.REPRESENTS, "CEO", null, null, null, TARGET_NODE),
            new GraphEdge(
                mikael,
                GraphEdge.REPRESENTS,
                "BOARD",
                0.25,
                null,
                null,
                new Node(Node.COMPANY, "Party " + HOLDING, HOLDING, "SE", null)));
  }

  @Test
  void theEdgesGoThroughJsonUnchangedWithNoFullPersonalNumber() {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build());
    graph.addParty(
        aVendor(HOLDING).with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD).build());
    List<GraphEdge> edges = SharedPersons.signals(graph).get(0).edges();

    String json = ExplanationEdges.write(edges);

    assertThat(ExplanationEdges.read(json)).isEqualTo(edges);
    assertThat(json).contains("801028-****").doesNotContain("2393");
  }

  @Test
  void evidenceWithoutEdgesOrWithSomethingElseReadsAsNoEdges() {
    assertThat(ExplanationEdges.read(null)).isEmpty();
    assertThat(ExplanationEdges.read("")).isEmpty();
    assertThat(ExplanationEdges.read("Ivan Petrov, RU –30 %→ Party")).isEmpty();
  }
}
