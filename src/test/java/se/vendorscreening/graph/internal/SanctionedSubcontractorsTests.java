package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.FIFTH;
import static se.vendorscreening.graph.internal.GraphFixtures.FOURTH;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;
import static se.vendorscreening.graph.internal.GraphFixtures.stake;
import static se.vendorscreening.graph.internal.GraphFixtures.stakeById;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.shared.ProcurementType;

/**
 * SANCTIONED_SUBCONTRACTOR: a subcontractor under sanctioned ownership with more than 10 % of the
 * contract value excludes the tenderer, above the EU thresholds only; at any tier.
 */
class SanctionedSubcontractorsTests {

  /** The sub-central supplies and services threshold of the built-in rules, in kronor. */
  private static final BigDecimal THRESHOLD = new BigDecimal("2335522");

  private final GraphProperties settings = GraphProperties.defaults();
  private final GraphInputs inputs =
      new GraphInputs(LocalDate.of(2026, 11, 28), List.of(), List.of(), THRESHOLD, BigDecimal.TEN);

  private List<GraphSignal> signals(RegisteredParty... parties) {
    RelationshipGraph graph = new RelationshipGraph();
    for (RegisteredParty party : parties) {
      graph.addParty(party);
    }
    // the subcontractor OTHER is 54 % Russian: 40 % x 60 % through a holding + 30 % directly
    graph.addStakes(
        List.of(
            stake("Volga Invest OOO", HOLDING, "40", "RU"),
            stakeById(HOLDING, OTHER, "60", "SE"),
            stake("Volga Invest OOO", OTHER, "30", "RU")));
    return SanctionedSubcontractors.signals(graph, settings, inputs);
  }

  @Test
  void aSanctionedSubcontractorAboveTenPercentExcludesTheTendererWithBothChains() {
    List<GraphSignal> signals =
        signals(
            aVendor(TARGET).valued("3000000").build(),
            aVendor(OTHER).subcontractorOf(TARGET).share("10.5").build());

    assertThat(signals).hasSize(1);
    GraphSignal signal = signals.get(0);
    assertThat(signal.ruleId()).isEqualTo("SANCTIONED_SUBCONTRACTOR");
    assertThat(signal.partyKey()).isEqualTo("5552429028");
    assertThat(signal.subjectName()).isEqualTo("Party 558161-2586 (558161-2586)");
    assertThat(signal.paths().get(0))
        .isEqualTo("Party 555242-9028 (555242-9028) ← Party 558161-2586 (558161-2586) (10.5 %)");
    assertThat(signal.paths().subList(1, 3))
        .containsExactlyInAnyOrder(
            "Volga Invest OOO, RU –40 %→ 554599-5457, SE –60 %→ Party 558161-2586 (558161-2586)"
                + " = 24 %",
            "Volga Invest OOO, RU –30 %→ Party 558161-2586 (558161-2586) = 30 %");
    assertThat(signal.facts())
        .containsEntry("subcontract_share_percent", "10.5")
        .containsEntry("share_limit_percent", "10")
        .containsEntry("sanctioned_share_percent", "54")
        .containsEntry("contract_value_sek", "3000000")
        .containsEntry("eu_threshold_sek", "2335522")
        .containsEntry("tiers", "1");
    assertThat(signal.edges())
        .filteredOn(e -> e.relation().equals(GraphEdge.SUBCONTRACTS_FOR))
        .singleElement()
        .satisfies(e -> assertThat(e.to().number()).isEqualTo("555242-9028"));
  }

  @Test
  void exactlyTenPercentDoesNotFire() {
    assertThat(
            signals(
                aVendor(TARGET).valued("3000000").build(),
                aVendor(OTHER).subcontractorOf(TARGET).share("10").build()))
        .isEmpty();
  }

  @Test
  void aProcurementBelowTheEuThresholdsDoesNotFire() {
    // valued below the applied threshold, and an LOU 19 procurement without a value
    assertThat(
            signals(
                aVendor(TARGET).valued("2335521").build(),
                aVendor(OTHER).subcontractorOf(TARGET).share("40").build()))
        .isEmpty();
    assertThat(
            signals(
                aVendor(TARGET).in("KS-2026/400", ProcurementType.LOU19).build(),
                aVendor(OTHER)
                    .in("KS-2026/400", ProcurementType.LOU19)
                    .subcontractorOf(TARGET)
                    .share("40")
                    .build()))
        .isEmpty();
  }

  @Test
  void atTheThresholdAndWithoutAValueAnLouProcurementIsAboveIt() {
    assertThat(
            signals(
                aVendor(TARGET).valued("2335522").build(),
                aVendor(OTHER).subcontractorOf(TARGET).share("40").build()))
        .hasSize(1);
    assertThat(
            signals(
                aVendor(TARGET).build(),
                aVendor(OTHER).subcontractorOf(TARGET).share("40").build()))
        .hasSize(1);
  }

  @Test
  void aSanctionedSubcontractorAtTheThirdTierExcludesTheTenderer() {
    List<GraphSignal> signals =
        signals(
            aVendor(TARGET).valued("60000000").build(),
            aVendor(FOURTH).subcontractorOf(TARGET).share("50").build(),
            aVendor(FIFTH).subcontractorOf(FOURTH).share("30").build(),
            aVendor(OTHER).subcontractorOf(FIFTH).share("12").build());

    assertThat(signals)
        .singleElement()
        .satisfies(
            signal -> {
              assertThat(signal.partyKey()).isEqualTo("5552429028");
              assertThat(signal.facts()).containsEntry("tiers", "3");
              assertThat(signal.paths().get(0))
                  .isEqualTo(
                      "Party 555242-9028 (555242-9028) ← Party 555931-3902 (555931-3902)"
                          + " ← Party 553447-8523 (553447-8523) ← Party 558161-2586 (558161-2586) (12 %)");
            });
  }

  @Test
  void aSubcontractorWithoutAShareOrOwnedBelowTheLimitDoesNotFire() {
    assertThat(
            signals(
                aVendor(TARGET).valued("3000000").build(),
                aVendor(OTHER).subcontractorOf(TARGET).build()))
        .isEmpty();
    // FOURTH has no Russian owner at all
    assertThat(
            signals(
                aVendor(TARGET).valued("3000000").build(),
                aVendor(FOURTH).subcontractorOf(TARGET).share("60").build()))
        .isEmpty();
  }

  @Test
  void parentLinksInACircleReachNoTendererAndEnd() {
    assertThat(
            signals(
                aVendor(FOURTH).subcontractorOf(OTHER).share("20").build(),
                aVendor(OTHER).subcontractorOf(FOURTH).share("20").build()))
        .isEmpty();
  }
}
