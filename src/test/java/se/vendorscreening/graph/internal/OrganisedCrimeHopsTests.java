package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.FIFTH;
import static se.vendorscreening.graph.internal.GraphFixtures.FOURTH;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.LARS;
import static se.vendorscreening.graph.internal.GraphFixtures.MIKAEL;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;
import static se.vendorscreening.graph.internal.GraphFixtures.stakeById;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphInputs.OrganisedCrimeSubject;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;
import se.vendorscreening.shared.ProcurementType;

class OrganisedCrimeHopsTests {

  /** Skatteverket test number of the assessed person. */
  private static final String ASSESSED = "850706-2381";

  private static final GraphInputs INPUTS =
      new GraphInputs(
          LocalDate.of(2026, 11, 15),
          List.of(),
          List.of(
              new OrganisedCrimeSubject(
                  PersonalIdentityNumber.parse(ASSESSED).canonical(), "NW-7", "1,2,3,4,6,9")));

  /**
   * The assessed person sits on the board of a company of the register; Mikael sits there too and
   * is CEO of the screened vendor (3 edges); Lars, CEO of another vendor, sits beside Mikael on a
   * third board (5 edges).
   */
  private static RelationshipGraph graph() {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build());
    graph.addParty(aVendor(OTHER).with(LARS, "Lars Ström", RepresentativeRole.CEO).build());
    graph.addParty(
        aVendor(HOLDING)
            .in("KS-2025/9", ProcurementType.LOU)
            .with(ASSESSED, "Nils Berg", RepresentativeRole.BOARD)
            .with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD)
            .build(),
        false);
    graph.addParty(
        aVendor(FOURTH)
            .in("KS-2025/10", ProcurementType.LOU)
            .with(MIKAEL, "Mikael Olsson", RepresentativeRole.BOARD)
            .with(LARS, "Lars Ström", RepresentativeRole.BOARD)
            .build(),
        false);
    return graph;
  }

  private static GraphProperties hops(int hops) {
    GraphProperties d = GraphProperties.defaults();
    return new GraphProperties(
        d.sanctionedCountries(),
        d.sanctionedOwnershipPercent(),
        d.maxOwnershipDepth(),
        d.frontPersonMaxParties(),
        d.frontPersonOutlierFactor(),
        d.frontPersonRoleChanges(),
        d.frontPersonRoleChangeMonths(),
        d.phoenixPeriodMonths(),
        hops,
        true);
  }

  @Test
  void flagsTheVendorThreeEdgesFromTheAssessedPersonWithTheChain() {
    List<GraphSignal> signals = OrganisedCrimeHops.signals(graph(), INPUTS, hops(3));

    assertThat(signals).hasSize(1);
    GraphSignal signal = signals.get(0);
    assertThat(signal.partyKey()).isEqualTo(IdentityNumber.parse(TARGET).canonical());
    assertThat(signal.facts())
        .containsEntry("hops", "3")
        .containsEntry("network_id", "NW-7")
        .containsEntry("criteria_met", "1,2,3,4,6,9");
    assertThat(signal.paths())
        .containsExactly(
            "Party 555242-9028 (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD→ Party"
                + " 554599-5457 (554599-5457) ←BOARD– Nils Berg (850706-****)");
    assertThat(signal.explanation()).doesNotContain("2381").doesNotContain("2393");
  }

  @Test
  void theNumberOfHopsIsTheLimit() {
    assertThat(OrganisedCrimeHops.signals(graph(), INPUTS, hops(2))).isEmpty();
    assertThat(OrganisedCrimeHops.signals(graph(), INPUTS, hops(5)))
        .extracting(s -> s.facts().get("hops"))
        .containsExactly("3", "5");
  }

  @Test
  void eachPartyGetsItsNearestSubjectWhicheverTheAssessmentListsFirst() {
    // the company of the register where Mikael and Lars sit is itself a subject, listed second: it
    // is two edges from both vendors, the person listed first three and five
    GraphInputs inputs =
        new GraphInputs(
            LocalDate.of(2026, 11, 15),
            List.of(),
            List.of(
                INPUTS.organisedCrime().get(0),
                new OrganisedCrimeSubject(IdentityNumber.parse(FOURTH).canonical(), "NW-8", "1")));

    List<GraphSignal> signals = OrganisedCrimeHops.signals(graph(), inputs, hops(5));

    assertThat(signals)
        .extracting(GraphSignal::partyKey, s -> s.facts().get("hops"), GraphSignal::subjectName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IdentityNumber.parse(TARGET).canonical(),
                "2",
                "Party " + FOURTH + " (" + FOURTH + ")"),
            org.assertj.core.groups.Tuple.tuple(
                IdentityNumber.parse(OTHER).canonical(),
                "2",
                "Party " + FOURTH + " (" + FOURTH + ")"));
    assertThat(signals.get(0).facts()).containsEntry("network_id", "NW-8");
    assertThat(signals.get(0).paths())
        .containsExactly(
            "Party 555242-9028 (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD→ Party "
                + FOURTH
                + " ("
                + FOURTH
                + ")");
  }

  @Test
  void anAssessedOwnerOfTheVendorIsOneHopButAnAssessedRepresentativeIsLeftToTheDirectRule() {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).build());
    graph.addParty(aVendor(FIFTH).with(ASSESSED, "Nils Berg", RepresentativeRole.CEO).build());
    graph.addStakes(List.of(stakeById(ASSESSED, TARGET, "25", "SE")));

    List<GraphSignal> signals = OrganisedCrimeHops.signals(graph, INPUTS, hops(3));

    assertThat(signals).extracting(GraphSignal::partyKey).containsExactly("5552429028");
    assertThat(signals.get(0).paths().get(0))
        .isEqualTo("Party 555242-9028 (555242-9028) ←OWNER 25 %– Nils Berg (850706-****)");
  }
}
