package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_2;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.CENTENARIAN_WITH_PLUS;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.COORDINATION_NUMBER;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aSubcontractor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.conviction;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.OrganisationNumber;
import se.vendorscreening.shared.ProcurementType;

class ConvictionRulesTests {

  @ParameterizedTest(name = "{0} final {1} under {2} -> {3} {4} informational={5}, party {6}")
  @CsvSource(
      nullValues = "-",
      value = {
        // category, final date, regime, rule, finding decision, informational, party decision
        "BRIBERY, 2021-11-28, LOU, CONVICTION_MANDATORY, EXCLUDE, false, EXCLUDE",
        "BRIBERY, 2021-11-27, LOU, CONVICTION_MANDATORY, CLEAR, true, CLEAR",
        "BRIBERY, 2021-11-28, LOU19, CONVICTION_MANDATORY, REVIEW, false, REVIEW",
        "BRIBERY, 2021-11-28, LOV, CONVICTION_MANDATORY, REVIEW, false, REVIEW",
        "FRAUD, -, LOU, CONVICTION_PENDING, REVIEW, false, REVIEW",
        "MONEY_LAUNDERING, 2026-12-01, LOU, CONVICTION_PENDING, REVIEW, false, REVIEW",
        "TAX_OFFENCE, 2023-11-28, LOU, CONVICTION_OTHER, REVIEW, false, REVIEW",
        "TAX_OFFENCE, 2023-11-27, LOU, CONVICTION_OTHER, CLEAR, true, CLEAR",
        "WORK_ENVIRONMENT, 2025-06-01, LOV, CONVICTION_OTHER, REVIEW, false, REVIEW",
      })
  void chiefExecutivesConvictionIsJudgedByCategoryFinalDateAndRegime(
      String category,
      LocalDate finalDate,
      ProcurementType regime,
      String rule,
      Decision findingDecision,
      boolean informational,
      Decision partyDecision) {
    var party =
        aVendor()
            .under(regime)
            .withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson")
            .build();
    var registries =
        new InMemoryRegistries()
            .with(conviction(person(ANNA_1), "Anna Andersson", category, finalDate));

    PartyResult result = screen(party, registries);

    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(rule);
              assertThat(f.decision()).isEqualTo(findingDecision);
              assertThat(f.informational()).isEqualTo(informational);
              assertThat(f.subjectRole()).isEqualTo("CEO");
              assertThat(f.maskedSubjectId()).isEqualTo("750107-****");
              assertThat(f.matchType()).isEqualTo(MatchType.IDENTITY_NUMBER);
              assertThat(f.evidence()).containsEntry("court", "Södertörns tingsrätt");
            });
    assertThat(result.decision()).isEqualTo(partyDecision);
  }

  @Test
  void mandatoryConvictionCarriesItsLegalBasisFinalDateAndCaseNumber() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(person(ANNA_1), "Anna Andersson", "BRIBERY", LocalDate.of(2023, 3, 1)));

    Finding finding = screen(party, registries).findings().get(0);

    assertThat(finding.legalBasis()).startsWith("LOU 13 kap. 1 §");
    assertThat(finding.groundDate()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(finding.evidence())
        .containsEntry("final_date", "2023-03-01")
        .containsEntry("case_number", "B 1234-22")
        .containsEntry("offence_category", "BRIBERY");
    assertThat(finding.summary()).contains("Anna Andersson", "VD", "mutbrott", "2023-03-01");
  }

  @Test
  void judgmentGivenAfterTheEvaluationDateDidNotExistThen() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    ConvictionRecord later =
        new ConvictionRecord(
            person(ANNA_1),
            "Anna Andersson",
            null,
            "BRIBERY",
            "",
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2027, 1, 1),
            "Södertörns tingsrätt",
            "B 1-26");

    PartyResult result = screen(party, new InMemoryRegistries().with(later));

    assertThat(result.findings()).isEmpty();
    assertThat(result.decision()).isEqualTo(Decision.CLEAR);
  }

  @Test
  void otherCategoriesFireNoRule() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();

    PartyResult result =
        screen(
            party,
            new InMemoryRegistries()
                .with(
                    conviction(
                        person(ANNA_1), "Anna Andersson", "TRAFFIC", LocalDate.of(2025, 1, 1))));

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void corporateFineOnTheVendorsOrganisationNumberExcludesUnderLou() {
    var party = aVendor().build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(
                    OrganisationNumber.parse("554599-5457"),
                    "Södertörns Fasad och Tak AB",
                    "MONEY_LAUNDERING",
                    LocalDate.of(2024, 5, 2)));

    PartyResult result = screen(party, registries);

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(result.findings().get(0).subjectRole()).isEqualTo("VENDOR");
    assertThat(result.ruleIds()).containsExactly("CONVICTION_MANDATORY");
  }

  @Test
  void subcontractorsRepresentativeIsCheckedLikeAVendors() {
    var subcontractor =
        aSubcontractor()
            .withRepresentative(RepresentativeRole.BOARD, ANNA_1, "Anna Andersson")
            .build();
    var registries =
        new InMemoryRegistries()
            .with(conviction(person(ANNA_1), "Anna Andersson", "FRAUD", LocalDate.of(2024, 1, 10)));

    PartyResult result = screen(subcontractor, registries);

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(result.findings().get(0).subjectRole()).isEqualTo("BOARD");
  }

  @Test
  void representativeWrittenWithPlusIsMatchedOnTheTwelveDigitNumber() {
    var party =
        aVendor()
            .withRepresentative(RepresentativeRole.CHAIR, CENTENARIAN_WITH_PLUS, "Karl Berg")
            .build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(
                    person("192001011564"), "Karl Berg", "BRIBERY", LocalDate.of(2022, 6, 1)));

    PartyResult result = screen(party, registries);

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(result.findings().get(0).maskedSubjectId()).isEqualTo("200101-****");
  }

  @Test
  void representativeWithSamordningsnummerIsMatchedByNumber() {
    var party =
        aVendor()
            .withRepresentative(RepresentativeRole.DEPUTY, COORDINATION_NUMBER, "Ivan Petrov")
            .build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(
                    person("800166-2397"),
                    "Ivan Petrov",
                    "MONEY_LAUNDERING",
                    LocalDate.of(2024, 2, 1)));

    PartyResult result = screen(party, registries);

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(result.findings().get(0).matchType()).isEqualTo(MatchType.IDENTITY_NUMBER);
  }

  @Test
  void namesakeWithAnotherPersonnummerIsNotConvicted() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    var registries =
        new InMemoryRegistries()
            .with(
                conviction(person(ANNA_2), "Anna Andersson", "BRIBERY", LocalDate.of(2024, 1, 1)));

    PartyResult result = screen(party, registries);

    assertThat(result.findings()).isEmpty();
    assertThat(result.decision()).isEqualTo(Decision.CLEAR);
  }

  @Test
  void nameOnlyMatchGivesPossibleMatchAndNeverExcludes() {
    var party =
        aVendor().withRepresentative(RepresentativeRole.CEO, ANNA_1, "Anna Andersson").build();
    var registries =
        new InMemoryRegistries()
            .with(conviction(null, "ANDERSSON, Anna", "BRIBERY", LocalDate.of(2024, 1, 1)));

    PartyResult result = screen(party, registries);

    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("POSSIBLE_MATCH");
              assertThat(f.decision()).isEqualTo(Decision.REVIEW);
              assertThat(f.matchType()).isEqualTo(MatchType.NAME_ONLY);
              assertThat(f.score()).isEqualTo(1.0);
              assertThat(f.evidence())
                  .containsEntry("would_fire", "CONVICTION_MANDATORY")
                  .containsEntry("matched_record", "ANDERSSON, Anna");
            });
  }

  @Test
  void foreignRepresentativeIsMatchedByNameAndBirthDateAndExcluded() {
    var party =
        aVendor()
            .foreign("DE", "DE287654321", "Baltic Facade Systems GmbH")
            .withForeignRepresentative(
                RepresentativeRole.CEO, "Jan Kowalski", LocalDate.of(1971, 4, 3))
            .build();
    var record =
        new ConvictionRecord(
            null,
            "KOWALSKI, Jan",
            LocalDate.of(1971, 4, 3),
            "FRAUD",
            "",
            LocalDate.of(2023, 1, 10),
            LocalDate.of(2023, 2, 10),
            "Landgericht Berlin",
            "12 KLs 3/22");

    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    assertThat(result.findings())
        .filteredOn(f -> f.ruleId().equals("CONVICTION_MANDATORY"))
        .singleElement()
        .extracting(Finding::matchType)
        .isEqualTo(MatchType.NAME_AND_BIRTH_DATE);
  }

  @Test
  void foreignRepresentativeWithATypoIsExcludedAndTheFindingExplainsEachFeature() {
    var party =
        aVendor()
            .foreign("DE", "DE287654321", "Baltic Facade Systems GmbH")
            .withForeignRepresentative(
                RepresentativeRole.CEO, "Jan Kowalksi", LocalDate.of(1971, 4, 3))
            .build();
    var record =
        new ConvictionRecord(
            null,
            "KOWALSKI, Jan",
            LocalDate.of(1971, 4, 3),
            "FRAUD",
            "",
            LocalDate.of(2023, 1, 10),
            LocalDate.of(2023, 2, 10),
            "Landgericht Berlin",
            "12 KLs 3/22");

    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    assertThat(result.decision()).isEqualTo(Decision.EXCLUDE);
    Finding finding =
        result.findings().stream()
            .filter(f -> f.ruleId().equals("CONVICTION_MANDATORY"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.matchType()).isEqualTo(MatchType.NAME_AND_BIRTH_DATE);
    assertThat(finding.evidence().get("match_features"))
        .isEqualTo(
            "namn stämmer 0,98 (jan=jan 1,00, kowalksi~kowalski 0,98 likt); födelsedatum"
                + " stämmer (1971-04-03 / 1971-04-03); identitetsnummer saknas; land saknas");
  }

  @Test
  void aSurnameOnlyMatchWithAnEqualBirthDateIsAPossibleMatchAndNeverExcludes() {
    var party =
        aVendor()
            .foreign("DE", "DE287654321", "Baltic Facade Systems GmbH")
            .withForeignRepresentative(RepresentativeRole.CEO, "Kowalski", LocalDate.of(1971, 4, 3))
            .build();
    var record =
        new ConvictionRecord(
            null,
            "KOWALSKI, Jan",
            LocalDate.of(1971, 4, 3),
            "FRAUD",
            "",
            LocalDate.of(2023, 1, 10),
            LocalDate.of(2023, 2, 10),
            "Landgericht Berlin",
            "12 KLs 3/22");

    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    assertThat(result.findings())
        .filteredOn(f -> f.subjectRole().equals("CEO"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("POSSIBLE_MATCH");
              assertThat(f.decision()).isEqualTo(Decision.REVIEW);
              assertThat(f.matchType()).isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
              assertThat(f.evidence())
                  .containsEntry("would_fire", "CONVICTION_MANDATORY")
                  .containsEntry(
                      "match_features",
                      "namn stämmer delvis 0,97 (kowalski=kowalski 1,00, –≠jan); födelsedatum"
                          + " stämmer (1971-04-03 / 1971-04-03); identitetsnummer saknas; land"
                          + " saknas");
            });
  }
}
