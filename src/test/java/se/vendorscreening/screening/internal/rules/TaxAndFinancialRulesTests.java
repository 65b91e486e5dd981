package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.debt;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.standing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.registry.CompanyStatus;
import se.vendorscreening.registry.DebtType;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries.Check;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

class TaxAndFinancialRulesTests {

  @ParameterizedTest(name = "{0} {1} SEK final={2} under {3} -> {4} {5}")
  @CsvSource({
    "TAX, 10000, true, LOU, TAX_UNPAID, REVIEW",
    "TAX, 10001, true, LOU, TAX_UNPAID_FINAL, EXCLUDE",
    "SOCIAL_SECURITY, 184000, true, LOU, TAX_UNPAID_FINAL, EXCLUDE",
    "SOCIAL_SECURITY, 184000, true, LOU19, TAX_UNPAID_FINAL, REVIEW",
    "TAX, 184000, true, LOV, TAX_UNPAID_FINAL, REVIEW",
    "TAX, 250000, false, LOU, TAX_UNPAID, REVIEW",
    "PRIVATE, 90000, true, LOU, ENFORCEMENT_DEBT, REVIEW",
    "OTHER_PUBLIC, 500, false, LOU, ENFORCEMENT_DEBT, REVIEW",
  })
  void debtIsJudgedByTypeAmountFinalityAndRegime(
      DebtType type,
      long amount,
      boolean finalDecision,
      ProcurementType regime,
      String rule,
      Decision decision) {
    var party = aVendor().under(regime).build();

    PartyResult result =
        screen(party, new InMemoryRegistries().with(debt(type, amount, finalDecision)));

    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(rule);
              assertThat(f.decision()).isEqualTo(decision);
              assertThat(f.evidence()).containsEntry("total_amount_sek", Long.toString(amount));
            });
    assertThat(result.decision()).isEqualTo(decision);
  }

  @Test
  void finalTaxDebtsAreSummedPerSubjectAgainstTheMinorAmountLimit() {
    var registries =
        new InMemoryRegistries()
            .with(debt(DebtType.TAX, 6000, true))
            .with(debt(DebtType.SOCIAL_SECURITY, 5000, true));

    PartyResult result = screen(aVendor().build(), registries);

    assertThat(result.ruleIds()).containsExactly("TAX_UNPAID_FINAL");
    assertThat(result.findings().get(0).evidence())
        .containsEntry("total_amount_sek", "11000")
        .containsEntry("references", "KFM-6000|KFM-5000");
    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
  }

  @ParameterizedTest(name = "risk class {0} -> fires {1}")
  @CsvSource({"1, true", "2, true", "3, false", "5, false"})
  void creditRiskFiresBelowTheRiskClassLimit(int riskClass, boolean fires) {
    var registries =
        new InMemoryRegistries()
            .withOnly(standing(CompanyStatus.ACTIVE, true, riskClass, 50_000_000));

    PartyResult result = screen(aVendor().build(), registries);

    assertThat(result.ruleIds().contains("CREDIT_RISK")).isEqualTo(fires);
    assertThat(result.decision()).isEqualTo(fires ? Decision.REVIEW : Decision.CLEAR);
  }

  @ParameterizedTest(name = "revenue {0} for 1 000 000 a year -> fires {1}")
  @CsvSource({"1999999, true", "2000000, false"})
  void capacityFiresWhenRevenueIsBelowTwiceTheAnnualValue(long revenue, boolean fires) {
    var registries =
        new InMemoryRegistries().withOnly(standing(CompanyStatus.ACTIVE, true, 4, revenue));

    PartyResult result = screen(aVendor().build(), registries);

    assertThat(result.ruleIds().contains("CAPACITY")).isEqualTo(fires);
  }

  @Test
  void companyInLiquidationWithoutFTaxGetsBothFindings() {
    var registries =
        new InMemoryRegistries()
            .withOnly(standing(CompanyStatus.LIQUIDATION, false, 4, 50_000_000));

    PartyResult result = screen(aVendor().build(), registries);

    assertThat(result.ruleIds()).containsExactly("COMPANY_STATUS", "REGISTRATION_MISSING");
    assertThat(result.findings().get(1).evidence()).containsEntry("missing", "F_TAX");
    assertThat(result.findings().get(0).summary()).contains("i likvidation");
  }

  @Test
  void noFinancialRecordIsItselfAFinding() {
    PartyResult result =
        screen(aVendor().build(), new InMemoryRegistries().withoutFinancialRecord());

    assertThat(result.ruleIds()).containsExactly("FINANCIAL_NO_DATA");
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void failedCheckMakesThePartyIncompleteNeverClear() {
    PartyResult result =
        screen(aVendor().build(), new InMemoryRegistries().failing(Check.FINANCIAL_STANDING));

    assertThat(result.ruleIds()).containsExactly("CHECK_FAILED");
    Finding failed = result.findings().get(0);
    assertThat(failed.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(failed.evidence())
        .containsEntry("check", "FINANCIAL_STANDING")
        .containsEntry("reason", "HTTP 503 after 3 attempts");
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @Test
  void excludeTakesPrecedenceOverIncompleteAndIncompleteOverReview() {
    var excluded =
        new InMemoryRegistries().with(debt(DebtType.TAX, 50_000, true)).failing(Check.CONVICTIONS);
    var incomplete =
        new InMemoryRegistries()
            .with(debt(DebtType.PRIVATE, 50_000, true))
            .failing(Check.CONVICTIONS);

    assertThat(screen(aVendor().build(), excluded).decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(screen(aVendor().build(), incomplete).decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @Test
  void debtRecordedOnlyUnderASimilarNameIsAPossibleMatch() {
    var namesake =
        new se.vendorscreening.registry.TaxDebt(
            null,
            "Södertörns Fasad & Tak",
            DebtType.TAX,
            java.math.BigDecimal.valueOf(900_000),
            java.time.LocalDate.of(2026, 1, 5),
            true,
            "KFM-9");

    PartyResult result = screen(aVendor().build(), new InMemoryRegistries().with(namesake));

    assertThat(result.ruleIds()).containsExactly("POSSIBLE_MATCH");
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
    assertThat(result.findings().get(0).evidence()).containsEntry("would_fire", "TAX_UNPAID_FINAL");
  }
}
