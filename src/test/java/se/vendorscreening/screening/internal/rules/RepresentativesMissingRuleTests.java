package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_2;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.conviction;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.healthyStanding;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.PartyBuilder;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.ProcurementType;

class RepresentativesMissingRuleTests {

  @ParameterizedTest(name = "{0} ({1}) with {2} -> missing: {3}")
  @CsvSource({
    "5545995457, Södertörns Fasad och Tak AB, '', true",
    "5545995457, Södertörns Fasad och Tak AB, CEO, false",
    "5545995457, Södertörns Fasad och Tak AB, BENEFICIAL_OWNER, false",
    "5545995457, Södertörns Fasad och Tak AB, PARTNER, true",
    "9628145014, Lindvreten Plåt KB, CEO, true",
    "9628145014, Lindvreten Plåt KB, BOARD, true",
    "9628145014, Lindvreten Plåt KB, PARTNER, false",
    "9628145014, Lindvreten Plåt KB, SIGNATORY, false",
    "7663242555, Kooperativet Äldreomsorg Huddinge ek. för., CEO, true",
    "7663242555, Kooperativet Äldreomsorg Huddinge ek. för., CHAIR, false",
    "7663242555, Kooperativet Äldreomsorg Huddinge ek. för., SIGNATORY, false",
    "8020016799, Stiftelsen Huddinge Hembygd, '', true",
    "8020016799, Stiftelsen Huddinge Hembygd, CEO, false",
    "199207122384, Jönssons Plattsättning (enskild firma), '', false",
  })
  void partyIsMissingItsRepresentativesWhenNobodyOfItsLegalFormsCircleWasChecked(
      String number, String name, String role, boolean missing) {
    PartyBuilder builder =
        new PartyBuilder(PartyRole.VENDOR, number, name).withoutRepresentatives();
    if (!role.isEmpty()) {
      builder.withRepresentative(RepresentativeRole.valueOf(role), ANNA_1, "Anna Andersson");
    }

    PartyResult result = screen(builder.build(), new InMemoryRegistries());

    assertThat(result.ruleIds().contains("REPRESENTATIVES_MISSING")).isEqualTo(missing);
    if (missing) {
      assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    }
  }

  @Test
  void companyWithoutRepresentativesIsIncompleteNeverClearAndTheFindingSaysWhoWasMissing() {
    var party = aVendor().withoutRepresentatives().build();

    PartyResult result = screen(party, new InMemoryRegistries());

    assertThat(result.computedDecision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.decision()).isEqualTo(Decision.INCOMPLETE);
    assertThat(result.personsChecked()).isZero();
    Finding finding = result.findings().get(0);
    assertThat(finding.ruleId()).isEqualTo("REPRESENTATIVES_MISSING");
    assertThat(finding.legalBasis()).startsWith("LOU 13 kap. 1 §");
    assertThat(finding.evidence())
        .containsEntry("legal_form", "aktiebolag")
        .containsEntry("persons_checked", "0");
    assertThat(finding.evidence().get("required_roles"))
        .contains("VD", "styrelseledamot", "firmatecknare", "verklig huvudman");
    assertThat(finding.summary())
        .contains("Södertörns Fasad och Tak AB", "kontrollerade personer: 0");
  }

  @ParameterizedTest
  @CsvSource({"LOU", "LOU19", "LOV"})
  void missingRepresentativesAreIncompleteUnderEveryRegime(ProcurementType regime) {
    var party = aVendor().under(regime).withoutRepresentatives().build();

    assertThat(screen(party, new InMemoryRegistries()).decision()).isEqualTo(Decision.INCOMPLETE);
  }

  @Test
  void aCorporateFineStillExcludesAPartyWhoseRepresentativesAreMissing() {
    var party = aVendor().withoutRepresentatives().build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(
                    OrganisationNumber.parse(ScreeningFixtures.VENDOR_ORG),
                    "Södertörns Fasad och Tak AB",
                    "BRIBERY",
                    LocalDate.of(2025, 1, 10)));

    PartyResult result = screen(party, registries);

    assertThat(result.ruleIds()).containsExactly("CONVICTION_MANDATORY", "REPRESENTATIVES_MISSING");
    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
  }

  @Test
  void foreignVendorNeedsAtLeastOneNamedPerson() {
    var unnamed = aVendor().foreign("DE", "DE287654321", "Baltic Facade Systems GmbH");
    var named =
        aVendor()
            .foreign("DE", "DE287654321", "Baltic Facade Systems GmbH")
            .withForeignRepresentative(
                RepresentativeRole.CEO, "Klaus Weber", LocalDate.of(1971, 5, 14));

    assertThat(screen(unnamed.withoutRepresentatives().build(), new InMemoryRegistries()).ruleIds())
        .contains("REPRESENTATIVES_MISSING");
    assertThat(screen(named.build(), new InMemoryRegistries()).ruleIds())
        .doesNotContain("REPRESENTATIVES_MISSING");
  }

  @Test
  void personsCheckedCountsEachPersonOnceAndASoleTradersOwner() {
    var company =
        aVendor()
            .withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson")
            .withRepresentative(RepresentativeRole.BOARD, ANNA_1, "Anna Andersson")
            .withRepresentative(RepresentativeRole.SIGNATORY, ANNA_2, "Anna Andersson")
            .build();
    var soleTrader =
        new PartyBuilder(PartyRole.VENDOR, "199207122384", "Jönssons Plattsättning (enskild firma)")
            .withoutRepresentatives()
            .build();
    var registries = new InMemoryRegistries().withOnly(healthyStanding());

    assertThat(screen(company, registries).personsChecked()).isEqualTo(2);
    assertThat(screen(company, registries).decision()).isEqualTo(Decision.CLEAR);
    assertThat(screen(soleTrader, registries).personsChecked()).isEqualTo(1);
  }
}
