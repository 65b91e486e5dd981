package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;
import static se.vendorscreening.graph.internal.GraphFixtures.stake;
import static se.vendorscreening.graph.internal.GraphFixtures.stakeById;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.OwnershipStake;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.shared.ProcurementType;

class SanctionedOwnershipTests {

  private final GraphProperties settings = GraphProperties.defaults();

  private List<GraphSignal> signals(List<RegisteredParty> parties, List<OwnershipStake> stakes) {
    RelationshipGraph graph = new RelationshipGraph();
    parties.forEach(graph::addParty);
    graph.addStakes(stakes);
    return SanctionedOwnership.signals(graph, settings);
  }

  @Test
  void firesOnFortyTimesSixtyThroughAHoldingPlusThirtyDirectFiftyFourPercent() {
    List<GraphSignal> signals =
        signals(
            List.of(aVendor(TARGET).build()),
            List.of(
                stake("Ivan Petrov", HOLDING, "40", "RU"),
                stakeById(HOLDING, TARGET, "60", "SE"),
                stake("Ivan Petrov", TARGET, "30", "RU")));

    assertThat(signals).hasSize(1);
    GraphSignal signal = signals.get(0);
    assertThat(signal.ruleId()).isEqualTo("SANCTIONED_OWNERSHIP");
    assertThat(signal.facts()).containsEntry("sanctioned_share_percent", "54");
    assertThat(signal.paths())
        .containsExactlyInAnyOrder(
            "Ivan Petrov, RU –40 %→ 554599-5457, SE –60 %→ Party 555242-9028 (555242-9028) = 24 %",
            "Ivan Petrov, RU –30 %→ Party 555242-9028 (555242-9028) = 30 %");
    assertThat(signal.subjectName()).isEqualTo("Ivan Petrov, RU");
  }

  @Test
  void staysQuietAtFortyNinePercent() {
    List<GraphSignal> signals =
        signals(
            List.of(aVendor(TARGET).build()),
            List.of(
                stake("Ivan Petrov", HOLDING, "40", "RU"),
                stakeById(HOLDING, TARGET, "47.5", "SE"),
                stake("Ivan Petrov", TARGET, "30", "RU")));

    // 40 % x 47.5 % = 19 %, + 30 % = 49 %
    assertThat(signals).isEmpty();
  }

  @Test
  void exactlyFiftyPercentIsNotAboveTheLimit() {
    assertThat(
            signals(List.of(aVendor(TARGET).build()), List.of(stake("Ivan", TARGET, "50", "RU"))))
        .isEmpty();
    assertThat(
            signals(
                List.of(aVendor(TARGET).build()), List.of(stake("Ivan", TARGET, "50.01", "RU"))))
        .hasSize(1);
  }

  @Test
  void followsAnOwnershipCycleOnceAndNamesIt() {
    // the holding and the party own each other; the sanctioned owner holds 80 % of the holding
    List<GraphSignal> signals =
        signals(
            List.of(aVendor(TARGET).build()),
            List.of(
                stake("Ivan Petrov", HOLDING, "80", "RU"),
                stakeById(HOLDING, TARGET, "70", "SE"),
                stakeById(TARGET, HOLDING, "20", "SE")));

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).facts()).containsEntry("sanctioned_share_percent", "56");
    assertThat(signals.get(0).facts().get("ownership_cycle"))
        .contains("554599-5457")
        .contains("555242-9028");
  }

  @Test
  void countsAShareHeldThroughAnotherSanctionedOwnerOnce() {
    // a Russian company owned by a Russian person: its 60 % counts once, not again via the person
    List<GraphSignal> signals =
        signals(
            List.of(aVendor(TARGET).build()),
            List.of(
                stake("Ivan Petrov", HOLDING, "100", "RU"),
                stakeById(HOLDING, TARGET, "60", "RU")));

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).facts()).containsEntry("sanctioned_share_percent", "60");
  }

  @Test
  void appliesOnlyAboveTheEuThresholds() {
    RegisteredParty lov = aVendor(TARGET).in("SN-2026/12", ProcurementType.LOV).build();
    RegisteredParty lou = aVendor(OTHER).build();

    List<GraphSignal> signals =
        signals(
            List.of(lov, lou),
            List.of(stake("Ivan", TARGET, "90", "RU"), stake("Ivan", OTHER, "90", "RU")));

    assertThat(signals).extracting(GraphSignal::partyKey).containsExactly("5581612586");
  }

  @Test
  void ignoresOwnersOfOtherCountries() {
    assertThat(
            signals(List.of(aVendor(TARGET).build()), List.of(stake("Olle", TARGET, "90", "SE"))))
        .isEmpty();
  }

  @Test
  void countsOnlyTheStakesRegisteredByTheAsOfDate() {
    java.time.LocalDate asOf = java.time.LocalDate.of(2026, 12, 1);
    OwnershipStake earlier = dated(stake("Ivan Petrov", TARGET, "30", "RU"), "2025-06-30");
    OwnershipStake later = dated(stake("Ivan Petrov", TARGET, "60", "RU"), "2026-12-02");
    OwnershipStake onTheDay = dated(stake("Oleg Sidorov", TARGET, "25", "RU"), "2026-12-01");

    // on the day: 30 % (the 60 % of 2 December is not registered yet) + 25 % = 55 %
    List<GraphSignal> onAsOf = signalsOn(List.of(earlier, later, onTheDay), asOf);
    assertThat(onAsOf).hasSize(1);
    assertThat(onAsOf.get(0).facts()).containsEntry("sanctioned_share_percent", "55");
    // without the day's stake, 30 % stays under the limit although the later row says 60 %
    assertThat(signalsOn(List.of(earlier, later), asOf)).isEmpty();
    // a day later the 60 % row is the owner's latest and counts
    assertThat(signalsOn(List.of(earlier, later), asOf.plusDays(1)))
        .singleElement()
        .satisfies(
            signal -> assertThat(signal.facts()).containsEntry("sanctioned_share_percent", "60"));
  }

  private List<GraphSignal> signalsOn(List<OwnershipStake> stakes, java.time.LocalDate asOf) {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).build());
    graph.addStakesOn(stakes, asOf);
    return SanctionedOwnership.signals(graph, settings);
  }

  private static OwnershipStake dated(OwnershipStake stake, String date) {
    return new OwnershipStake(
        stake.ownerId(),
        stake.ownerName(),
        stake.ownedKey(),
        stake.sharePercent(),
        stake.ownerCountry(),
        java.time.LocalDate.parse(date),
        stake.line());
  }
}
