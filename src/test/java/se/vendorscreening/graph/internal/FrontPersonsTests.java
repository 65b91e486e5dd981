package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.FIFTH;
import static se.vendorscreening.graph.internal.GraphFixtures.FOURTH;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.LARS;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.ProcurementType;

class FrontPersonsTests {

  private static RegisteredParty boardOf(String orgNo, String procurement) {
    return aVendor(orgNo)
        .in(procurement, ProcurementType.LOU)
        .with(LARS, "Lars Ström", RepresentativeRole.BOARD)
        .build();
  }

  @Test
  void flagsAPersonOnTheBoardsOfMoreRegisterPartiesThanTheLimit() {
    RegisteredParty screened = boardOf(TARGET, "KS-2026/317");
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(screened);
    // the register's active contracts, other procurements
    List.of(HOLDING, OTHER, FOURTH)
        .forEach(org -> graph.addParty(boardOf(org, "KS-2025/" + org), false));

    List<GraphSignal> signals =
        FrontPersons.signals(graph, GraphProperties.defaults().withFrontPersonLimit(3));

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).facts())
        .containsEntry("parties_in_circle", "4")
        .containsEntry("limit", "3");
    assertThat(signals.get(0).paths())
        .hasSize(4)
        .allMatch(path -> path.startsWith("Lars Ström (910509-****) –BOARD→ Party "));
  }

  @Test
  void staysQuietAtTheLimit() {
    RegisteredParty screened = boardOf(TARGET, "KS-2026/317");
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(screened);
    List.of(HOLDING, OTHER).forEach(org -> graph.addParty(boardOf(org, "KS-2025/" + org), false));
    // the same party in two procurements is one party
    graph.addParty(boardOf(HOLDING, "KS-2024/1"), false);

    assertThat(FrontPersons.signals(graph, GraphProperties.defaults().withFrontPersonLimit(3)))
        .isEmpty();
    graph.addParty(boardOf(FIFTH, "KS-2024/2"), false);
    assertThat(FrontPersons.signals(graph, GraphProperties.defaults().withFrontPersonLimit(3)))
        .hasSize(1);
  }

  @Test
  void aRegisterWhereEverybodySitsOnManyBoardsFlagsOnlyTheOutliers() {
    GraphProperties settings = GraphProperties.defaults();
    // the configured limit holds while persons sit on one or two boards on average
    assertThat(FrontPersons.limit(settings, 1.3)).isEqualTo(5);
    // the synthetic 100,000-vendor register: 41,000 test persons on 300,000 seats, about 11 each
    assertThat(FrontPersons.limit(settings, 11.2)).isEqualTo(34);
  }

  @Test
  void countsEachPartyOnceWhateverTheRolesAndLeavesOutPartiesOutsideTheRegister() {
    RegisteredParty screened =
        aVendor(TARGET)
            .with(LARS, "Lars Ström", RepresentativeRole.BOARD)
            .with(LARS, "Lars Ström", RepresentativeRole.CEO)
            .build();
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(screened);
    graph.addParty(boardOf(HOLDING, "KS-2025/1"), false);
    graph.addParty(boardOf(OTHER, "KS-2025/2"), false);
    // a company of the register without an active contract: its representatives are read, it has
    // no tender in the graph
    graph.addRepresentative(
        se.vendorscreening.shared.IdentityNumber.parse(FOURTH).canonical(),
        new se.vendorscreening.intake.RegisteredRepresentative(
            se.vendorscreening.shared.PersonalIdentityNumber.parse(LARS),
            "Lars Ström",
            null,
            RepresentativeRole.BOARD));

    int lars =
        graph.id(
            "person:" + se.vendorscreening.shared.PersonalIdentityNumber.parse(LARS).canonical());
    assertThat(graph.partyCountOf(lars)).isEqualTo(4);
    assertThat(graph.registerPartyCountOf(lars)).isEqualTo(3);
    assertThat(graph.roles(lars, graph.id("org:5552429028"))).isEqualTo("BOARD+CEO");
    assertThat(FrontPersons.signals(graph, settingsWithLimit(2))).hasSize(1);
    assertThat(FrontPersons.signals(graph, settingsWithLimit(3))).isEmpty();
  }

  private static GraphProperties settingsWithLimit(int limit) {
    return GraphProperties.defaults().withFrontPersonLimit(limit);
  }
}
