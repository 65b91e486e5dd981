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
    List.of(HOLDING, OTHER, FOURTH).forEach(org -> graph.addParty(boardOf(org, "KS-2025/" + org)));

    List<GraphSignal> signals =
        FrontPersons.signals(graph, List.of(screened), GraphProperties.defaults());

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
    List.of(HOLDING, OTHER).forEach(org -> graph.addParty(boardOf(org, "KS-2025/" + org)));
    // the same party in two procurements is one party
    graph.addParty(boardOf(HOLDING, "KS-2024/1"));

    assertThat(FrontPersons.signals(graph, List.of(screened), GraphProperties.defaults()))
        .isEmpty();
    graph.addParty(boardOf(FIFTH, "KS-2024/2"));
    assertThat(FrontPersons.signals(graph, List.of(screened), GraphProperties.defaults()))
        .hasSize(1);
  }
}
