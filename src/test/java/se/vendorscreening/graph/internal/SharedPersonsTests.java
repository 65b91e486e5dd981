package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.LARS;
import static se.vendorscreening.graph.internal.GraphFixtures.MIKAEL;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;
import static se.vendorscreening.graph.internal.GraphFixtures.stakeById;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.ProcurementType;

class SharedPersonsTests {

  private static List<GraphSignal> signals(
      List<RegisteredParty> parties, List<OwnershipStake> stakes) {
    RelationshipGraph graph = new RelationshipGraph();
    parties.forEach(graph::addParty);
    graph.addStakes(stakes);
    return SharedPersons.signals(graph);
  }

  @Test
  void flagsBothTenderersWhoseBoardsShareAPersonWithTheChainOfEdges() {
    List<GraphSignal> signals =
        signals(
            List.of(
                aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build(),
                aVendor(HOLDING).with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD).build(),
                aVendor(OTHER).with(LARS, "Lars Ström", RepresentativeRole.CEO).build()),
            List.of());

    assertThat(signals)
        .extracting(GraphSignal::partyKey)
        .containsExactly("5552429028", "5545995457");
    assertThat(signals.get(0).paths())
        .containsExactly(
            "Party 555242-9028 (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD→ Party"
                + " 554599-5457 (554599-5457)");
    assertThat(signals.get(0).subjectName()).isEqualTo("Mikael Olsson (801028-****)");
    assertThat(signals.get(0).explanation()).doesNotContain("2393");
  }

  @Test
  void countsAPersonWhoOwnsOneTendererAndSitsOnTheBoardOfAnother() {
    List<GraphSignal> signals =
        signals(
            List.of(
                aVendor(TARGET).build(),
                aVendor(HOLDING).with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD).build()),
            List.of(stakeById(MIKAEL, TARGET, "40", "SE")));

    assertThat(signals).hasSize(2);
    assertThat(signals.get(0).paths().get(0)).contains("←OWNER 40 %–").contains("–BOARD→");
  }

  @Test
  void ignoresPersonsSharedAcrossProcurementsOrWithASubcontractor() {
    List<GraphSignal> signals =
        signals(
            List.of(
                aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build(),
                aVendor(HOLDING)
                    .in("KS-2026/400", ProcurementType.LOU)
                    .with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO)
                    .build(),
                aVendor(OTHER)
                    .subcontractorOf(TARGET)
                    .with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD)
                    .build()),
            List.of());

    assertThat(signals).isEmpty();
  }
}
