package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aSubcontractor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.context;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.conviction;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.debt;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.jobs.SubcontractorFlags;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;

class DecisionsTests {

  /** An override that judged the records of its rule among the findings. */
  private static AppliedOverride override(
      String rule, Decision decision, List<se.vendorscreening.screening.Finding> judged) {
    return new AppliedOverride(
        rule,
        decision,
        "Självsanering godtagen",
        "Eva Upphandlare",
        Instant.EPOCH,
        null,
        null,
        List.copyOf(JudgedEvidence.of(rule, judged)));
  }

  private static List<AppliedOverride> applicable(PartyResult result, AppliedOverride override) {
    return OverrideJudgement.judge(
            result.procurementId(),
            result.name(),
            result.orgNo(),
            result.findings(),
            List.of(override),
            context())
        .applied();
  }

  private static PartyResult excludedForBribery() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    return screen(
        party,
        new InMemoryRegistries()
            .with(
                conviction(person(ANNA_1), "Anna Andersson", "BRIBERY", LocalDate.of(2024, 1, 1))));
  }

  @Test
  void overrideReplacesTheDecisionOfItsRuleAndKeepsTheComputedOne() {
    PartyResult excluded = excludedForBribery();

    List<AppliedOverride> applied =
        applicable(excluded, override("CONVICTION_MANDATORY", Decision.CLEAR, excluded.findings()));

    assertThat(excluded.computedDecision()).isEqualTo(Decision.EXCLUDE);
    assertThat(Decisions.afterOverrides(excluded.findings(), applied)).isEqualTo(Decision.CLEAR);
    assertThat(applied)
        .extracting(AppliedOverride::reason)
        .containsExactly("Självsanering godtagen");
  }

  @Test
  void overrideOfOneRuleLeavesTheOthersDeciding() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    PartyResult result =
        screen(
            party,
            new InMemoryRegistries()
                .with(
                    conviction(
                        person(ANNA_1), "Anna Andersson", "BRIBERY", LocalDate.of(2024, 1, 1)))
                .with(debt(DebtType.TAX, 50_000, true)));

    List<AppliedOverride> applied =
        applicable(result, override("CONVICTION_MANDATORY", Decision.CLEAR, result.findings()));

    assertThat(Decisions.afterOverrides(result.findings(), applied)).isEqualTo(Decision.EXCLUDE);
  }

  @Test
  void overrideForARuleThatDidNotFireIsNotApplied() {
    PartyResult excluded = excludedForBribery();

    assertThat(applicable(excluded, override("CAPACITY", Decision.CLEAR, excluded.findings())))
        .isEmpty();
  }

  @Test
  void excludedSubcontractorPutsItsVendorUnderReview() {
    PartyResult vendor = screen(aVendor().build(), new InMemoryRegistries());
    var subcontractor =
        aSubcontractor()
            .withRepresentative(RepresentativeRole.BOARD, ANNA_1, "Anna Andersson")
            .build();
    PartyResult excludedSubcontractor =
        screen(
            subcontractor,
            new InMemoryRegistries()
                .with(
                    conviction(
                        person(ANNA_1), "Anna Andersson", "FRAUD", LocalDate.of(2024, 1, 1))));

    PartyResult flagged =
        new SubcontractorFlags().flag(vendor, List.of(excludedSubcontractor), context(), List.of());

    assertThat(vendor.decision()).isEqualTo(Decision.CLEAR);
    assertThat(flagged.decision()).isEqualTo(Decision.REVIEW);
    assertThat(flagged.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("SUBCONTRACTOR_FLAGGED");
              assertThat(f.evidence())
                  .containsEntry("subcontractor_org_no", "553051-9478")
                  .containsEntry("subcontractor_decision", "EXCLUDE");
            });
  }

  @Test
  void clearSubcontractorLeavesItsVendorAlone() {
    PartyResult vendor = screen(aVendor().build(), new InMemoryRegistries());
    PartyResult clearSubcontractor = screen(aSubcontractor().build(), new InMemoryRegistries());

    assertThat(
            new SubcontractorFlags()
                .flag(vendor, List.of(clearSubcontractor), context(), List.of()))
        .isSameAs(vendor);
  }
}
