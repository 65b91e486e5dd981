package se.vendorscreening.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.graph.internal.GraphFixtures.HOLDING;
import static se.vendorscreening.graph.internal.GraphFixtures.LARS;
import static se.vendorscreening.graph.internal.GraphFixtures.MIKAEL;
import static se.vendorscreening.graph.internal.GraphFixtures.OTHER;
import static se.vendorscreening.graph.internal.GraphFixtures.TARGET;
import static se.vendorscreening.graph.internal.GraphFixtures.aVendor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphInputs.MarkedCompany;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.PersonalIdentityNumber;

class PhoenixTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);
  private static final String BANKRUPT_KEY = IdentityNumber.parse(HOLDING).canonical();

  /** The screened vendor with Mikael as CEO; the bankrupt company, where he sat on the board. */
  private static RelationshipGraph graph(LocalDate boardFrom, LocalDate boardTo) {
    RelationshipGraph graph = new RelationshipGraph();
    graph.addParty(aVendor(TARGET).with(MIKAEL, "Mikael Olsson", RepresentativeRole.CEO).build());
    graph.addParty(aVendor(OTHER).with(LARS, "Lars Ström", RepresentativeRole.CEO).build());
    // the bankrupt company has no active contract: only its representatives are in the register
    graph.addRepresentative(
        BANKRUPT_KEY,
        new RegisteredRepresentative(
            PersonalIdentityNumber.parse(MIKAEL),
            "Mikael Olsson",
            null,
            RepresentativeRole.BOARD,
            null,
            boardFrom,
            boardTo));
    return graph;
  }

  private static List<GraphSignal> signals(RelationshipGraph graph, MarkedCompany... marked) {
    return Phoenix.signals(
        graph, new GraphInputs(AS_OF, List.of(marked), List.of()), GraphProperties.defaults());
  }

  @Test
  void flagsTheVendorWhoseCeoSatOnTheBoardOfACompanyBankruptWithinThePeriod() {
    List<GraphSignal> signals =
        signals(
            graph(LocalDate.of(2019, 3, 1), LocalDate.of(2025, 2, 1)),
            new MarkedCompany(BANKRUPT_KEY, "BANKRUPT", LocalDate.of(2025, 3, 10)));

    assertThat(signals).hasSize(1);
    GraphSignal signal = signals.get(0);
    assertThat(signal.ruleId()).isEqualTo("PHOENIX");
    assertThat(signal.partyKey()).isEqualTo(IdentityNumber.parse(TARGET).canonical());
    assertThat(signal.paths())
        .containsExactly(
            "Party 555242-9028 (555242-9028) ←CEO– Mikael Olsson (801028-****) –BOARD"
                + " 2019-03-01..2025-02-01→ 554599-5457 [BANKRUPT 2025-03-10]");
    assertThat(signal.facts())
        .containsEntry("reasons", "BANKRUPT")
        .containsEntry("period_months", "36");
    assertThat(signal.explanation()).doesNotContain("2393");
  }

  @Test
  void staysQuietWhenTheCompanyFailedBeforeThePeriod() {
    assertThat(
            signals(
                graph(null, null),
                new MarkedCompany(BANKRUPT_KEY, "LIQUIDATION", AS_OF.minusMonths(36).minusDays(1))))
        .isEmpty();
    assertThat(
            signals(
                graph(null, null),
                new MarkedCompany(BANKRUPT_KEY, "LIQUIDATION", AS_OF.minusMonths(36))))
        .hasSize(1);
  }

  @Test
  void staysQuietWhenThePersonLeftLongBeforeTheFailure() {
    // left the board in 2020, the company excluded in 2025: more than 36 months between
    assertThat(
            signals(
                graph(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 31)),
                new MarkedCompany(BANKRUPT_KEY, "EXCLUDED", LocalDate.of(2025, 6, 1))))
        .isEmpty();
  }

  @Test
  void aRoleInThePartyThatHasEndedIsNotItsCurrentCircle() {
    RelationshipGraph graph = graph(null, null);
    String target = IdentityNumber.parse(TARGET).canonical();
    RelationshipGraph former = new RelationshipGraph();
    former.addParty(aVendor(TARGET).build());
    former.addRepresentative(
        target,
        new RegisteredRepresentative(
            PersonalIdentityNumber.parse(MIKAEL),
            "Mikael Olsson",
            null,
            RepresentativeRole.CEO,
            null,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2026, 1, 1)));
    former.addRepresentative(
        BANKRUPT_KEY,
        new RegisteredRepresentative(
            PersonalIdentityNumber.parse(MIKAEL), "Mikael Olsson", null, RepresentativeRole.BOARD));
    MarkedCompany bankrupt = new MarkedCompany(BANKRUPT_KEY, "BANKRUPT", LocalDate.of(2026, 6, 1));

    assertThat(signals(graph, bankrupt)).hasSize(1);
    assertThat(signals(former, bankrupt)).isEmpty();
  }
}
