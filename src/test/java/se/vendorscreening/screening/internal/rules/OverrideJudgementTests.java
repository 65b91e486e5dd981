package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.debt;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries.Check;
import se.vendorscreening.shared.Decision;

class OverrideJudgementTests {

  private static final Instant DECIDED = Instant.parse("2026-11-20T09:30:00Z");

  private static AppliedOverride clearOf(String rule, PartyResult judged, String procurementId) {
    return new AppliedOverride(
        rule,
        Decision.CLEAR,
        "Skulden är betald enligt Kronofogdens intyg",
        "Eva Upphandlare",
        DECIDED,
        null,
        procurementId,
        List.copyOf(JudgedEvidence.of(rule, judged.findings())));
  }

  private static InMemoryRegistries taxDebtOf184000() {
    return new InMemoryRegistries().with(debt(DebtType.TAX, 184_000, true));
  }

  @Test
  void overrideStillAppliesWhileTheRuleFiresOnTheRecordsItJudged() {
    var party = aVendor().build();
    PartyResult judged = screen(party, taxDebtOf184000());
    AppliedOverride override = clearOf("TAX_UNPAID_FINAL", judged, null);

    PartyResult later = screen(party, taxDebtOf184000(), List.of(override));

    assertThat(override.covers()).containsExactly("TAX 184000 SEK 2026-06-01 KFM-184000");
    assertThat(later.computedDecision()).isEqualTo(Decision.EXCLUDE);
    assertThat(later.decision()).isEqualTo(Decision.CLEAR);
    assertThat(later.overrides()).containsExactly(override);
    assertThat(later.findings()).noneMatch(Finding::informational);
  }

  @Test
  void aNewDebtReopensTheDecisionAndTheNoteSaysWhatIsNew() {
    var party = aVendor().build();
    AppliedOverride override = clearOf("TAX_UNPAID_FINAL", screen(party, taxDebtOf184000()), null);

    PartyResult later =
        screen(party, taxDebtOf184000().with(debt(DebtType.TAX, 95_000, true)), List.of(override));

    assertThat(later.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(later.overrides()).isEmpty();
    Finding note =
        later.findings().stream().filter(Finding::informational).findFirst().orElseThrow();
    assertThat(note.ruleId()).isEqualTo("TAX_UNPAID_FINAL");
    assertThat(note.summary())
        .isEqualTo(
            "Södertörns Fasad och Tak AB: beslutet den 2026-11-20 av Eva Upphandlare (Inga anmärkningar)"
                + " täcker inte längre: TAX 95000 SEK 2026-06-01 KFM-95000. Det beräknade beslutet"
                + " gäller tills ett nytt beslut fattas.");
    assertThat(note.evidence()).containsEntry("not_covered", "TAX 95000 SEK 2026-06-01 KFM-95000");
  }

  @Test
  void aChangedAmountIsNewEvidence() {
    var party = aVendor().build();
    AppliedOverride override = clearOf("TAX_UNPAID_FINAL", screen(party, taxDebtOf184000()), null);
    var changed = new InMemoryRegistries().with(debt(DebtType.TAX, 250_000, true));

    assertThat(screen(party, changed, List.of(override)).decision()).isEqualTo(Decision.EXCLUDE);
  }

  @Test
  void aDebtPaidOffLeavesTheRestCovered() {
    var party = aVendor().build();
    var twoDebts = taxDebtOf184000().with(debt(DebtType.TAX, 95_000, true));
    AppliedOverride override = clearOf("TAX_UNPAID_FINAL", screen(party, twoDebts), null);

    assertThat(screen(party, taxDebtOf184000(), List.of(override)).decision())
        .isEqualTo(Decision.CLEAR);
  }

  @Test
  void anOverrideThatNamedNoRecordsCoversNothingTheRuleFindsNow() {
    var party = aVendor().build();
    AppliedOverride legacy =
        new AppliedOverride(
            "TAX_UNPAID_FINAL", Decision.CLEAR, "Självsanering", "Eva", DECIDED, null);

    PartyResult later = screen(party, taxDebtOf184000(), List.of(legacy));

    assertThat(later.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(later.findings()).anyMatch(Finding::informational);
  }

  @Test
  void anOverrideForAnotherProcurementIsNotApplied() {
    var party = aVendor().build();
    AppliedOverride elsewhere =
        clearOf("TAX_UNPAID_FINAL", screen(party, taxDebtOf184000()), "KS-2025/001");
    AppliedOverride here =
        clearOf("TAX_UNPAID_FINAL", screen(party, taxDebtOf184000()), "KS-2026/317");

    assertThat(screen(party, taxDebtOf184000(), List.of(elsewhere)).decision())
        .isEqualTo(Decision.EXCLUDE);
    assertThat(screen(party, taxDebtOf184000(), List.of(here)).decision())
        .isEqualTo(Decision.CLEAR);
  }

  @Test
  void aReviewOfAFailedCheckAppliesWhileTheCheckFails() {
    var party = aVendor().build();
    var failing = new InMemoryRegistries().failing(Check.TAX_ARREARS);
    PartyResult judged = screen(party, failing);
    AppliedOverride review =
        new AppliedOverride(
            "CHECK_FAILED",
            Decision.REVIEW,
            "Kronofogden tillfrågad per telefon",
            "Eva",
            DECIDED,
            null,
            null,
            List.copyOf(JudgedEvidence.of("CHECK_FAILED", judged.findings())));

    PartyResult later = screen(party, failing, List.of(review));

    assertThat(review.covers()).isEmpty();
    assertThat(judged.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(later.decision()).isEqualTo(Decision.REVIEW);
  }
}
