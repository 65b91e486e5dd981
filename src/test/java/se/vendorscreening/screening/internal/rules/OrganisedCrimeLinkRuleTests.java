package se.vendorscreening.screening.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.assessment;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ProcurementType;

class OrganisedCrimeLinkRuleTests {

  @ParameterizedTest(name = "criteria {0} under profile {1} -> meets {2}")
  @CsvSource({
    "1 2 3 4 6 9, plan, true",
    "1 2 3 4 6 9, eu, true",
    "1 2 3 4 5 7, plan, true",
    "1 2 3 4 5 7, eu, false",
    "1 2 4 6 7 8, plan, false",
    "1 2 4 6 7 8, eu, true",
    "1 2 3 4 6, plan, false",
    "1 2 3 4 6, eu, false",
  })
  void assessmentMeetsTheDefinitionOnlyWithSixCriteriaIncludingTheMandatoryOnes(
      String criteria, String profile, boolean meets) {
    Set<Integer> met =
        Arrays.stream(criteria.split(" ")).map(Integer::valueOf).collect(Collectors.toSet());
    var party =
        aVendor()
            .withRepresentative(RepresentativeRole.BENEFICIAL_OWNER, ANNA_1, "Anna Andersson")
            .build();
    var registries =
        new InMemoryRegistries().with(assessment(person(ANNA_1), "Anna Andersson", met));

    PartyResult result = screen(party, registries, contextWithProfile(profile));

    assertThat(result.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("ORGANISED_CRIME_LINK");
              assertThat(f.informational()).isEqualTo(!meets);
              assertThat(f.evidence()).containsEntry("profile", profile);
              assertThat(f.subjectRole()).isEqualTo("BENEFICIAL_OWNER");
            });
    assertThat(result.decision()).isEqualTo(meets ? Decision.REVIEW : Decision.CLEAR);
  }

  @SuppressWarnings("unchecked")
  private static RuleContext contextWithProfile(String profile) {
    Map<String, Object> yaml = RuleSetLoader.builtInYaml();
    ((Map<String, Object>) yaml.get("organised-crime")).put("active-profile", profile);
    RuleSet withProfile = RuleSetLoader.fromYaml(yaml, null);
    return new RuleContext(
        ProcurementType.LOU,
        ScreeningFixtures.AS_OF,
        withProfile,
        FindingTexts.standalone(Locale.forLanguageTag("sv-SE")));
  }
}
