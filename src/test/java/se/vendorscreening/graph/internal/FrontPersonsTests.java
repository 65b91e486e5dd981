package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.FIFTH;
import static se.vendorscreening.graph.internal.GraphFixtures.FOURTH;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.LARS;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.PersonalIdentityNumber;
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

  /** Lars Ström, CEO of the screened party, and his dated roles elsewhere in the register. */
  private static RelationshipGraph roleChanges(LocalDate... dates) {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(
        aVendor(TARGET)
            .in("KS-2026/317", ProcurementType.LOU)
            .with(LARS, "Lars Ström", RepresentativeRole.CEO)
            .build());
    String[] companies = {HOLDING, OTHER, FOURTH};
    for (int i = 0; i < dates.length; i += 2) {
      graph.addRepresentative(
          se.vendorscreening.shared.IdentityNumber.parse(companies[i / 2]).canonical(),
          new RegisteredRepresentative(
              PersonalIdentityNumber.parse(LARS),
              "Lars Ström",
              null,
              RepresentativeRole.BOARD,
              null,
              dates[i],
              i + 1 < dates.length ? dates[i + 1] : null));
    }
    return graph;
  }

  @Test
  void flagsAPersonWhoseRolesBeganAndEndedMoreOftenThanTheLimitWithinAYear() {
    // five changes between 10 January and 1 September: three boards joined, two left
    RelationshipGraph graph =
        roleChanges(
            LocalDate.of(2025, 1, 10),
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 4, 15),
            LocalDate.of(2025, 8, 1),
            LocalDate.of(2025, 9, 1));

    List<GraphSignal> signals = FrontPersons.signals(graph, GraphProperties.defaults());

    // four parties: below the count limit of 5, so only the changes make it fire
    assertThat(signals).singleElement();
    GraphSignal signal = signals.get(0);
    assertThat(signal.facts())
        .containsEntry("role_changes", "5")
        .containsEntry("role_change_limit", "4")
        .containsEntry("role_change_months", "12")
        .containsEntry("role_changes_from", "2025-01-10")
        .containsEntry("role_changes_to", "2025-09-01")
        .doesNotContainKey("parties_in_circle");
    assertThat(signal.paths())
        .hasSize(5)
        .first()
        .isEqualTo("Lars Ström (910509-****) –BOARD→ " + HOLDING + " from 2025-01-10");
    assertThat(signal.paths().get(1))
        .isEqualTo("Lars Ström (910509-****) –BOARD→ " + HOLDING + " until 2025-04-01");
    assertThat(signal.edges()).hasSize(3);
  }

  @Test
  void staysQuietAtTheLimitOfChangesAndWhenTheChangesAreSpreadOut() {
    // four changes within a year: at the limit
    assertThat(
            FrontPersons.signals(
                roleChanges(
                    LocalDate.of(2025, 1, 10),
                    LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 4, 15),
                    LocalDate.of(2025, 8, 1)),
                GraphProperties.defaults()))
        .isEmpty();
    // five changes over three years: never more than two within twelve months
    assertThat(
            FrontPersons.signals(
                roleChanges(
                    LocalDate.of(2022, 1, 10),
                    LocalDate.of(2022, 9, 1),
                    LocalDate.of(2023, 6, 1),
                    LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 12, 1)),
                GraphProperties.defaults()))
        .isEmpty();
  }

  @Test
  void aPersonMovedThroughThreeDatedRolesOfOneBoardIsNamedByTheRolesAloneAsTheSubject() {
    // deputy, member, chair of the screened party's board within seven months: five changes
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).in("KS-2026/317", ProcurementType.LOU).build());
    String target = se.vendorscreening.shared.IdentityNumber.parse(TARGET).canonical();
    LocalDate[][] held = {
      {LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 28)},
      {LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)},
      {LocalDate.of(2026, 7, 1), null}
    };
    RepresentativeRole[] roles = {
      RepresentativeRole.DEPUTY, RepresentativeRole.BOARD, RepresentativeRole.CHAIR
    };
    for (int i = 0; i < roles.length; i++) {
      graph.addRepresentative(
          target,
          new RegisteredRepresentative(
              PersonalIdentityNumber.parse(LARS),
              "Lars Ström",
              null,
              roles[i],
              null,
              held[i][0],
              held[i][1]));
    }

    List<GraphSignal> signals = FrontPersons.signals(graph, GraphProperties.defaults());

    assertThat(signals).singleElement();
    // the dated roles in words would be 77 characters, more than a finding's subject role holds
    assertThat(signals.get(0).subjectRole()).isEqualTo("BOARD+CHAIR+DEPUTY");
    assertThat(signals.get(0).facts())
        .containsEntry("role_changes", "5")
        .containsEntry("role_changes_from", "2025-12-01")
        .containsEntry("role_changes_to", "2026-07-01");
    assertThat(signals.get(0).paths())
        .contains(
            "Lars Ström (910509-****) –CHAIR→ Party "
                + TARGET
                + " ("
                + TARGET
                + ") from 2026-07-01");
  }
}
