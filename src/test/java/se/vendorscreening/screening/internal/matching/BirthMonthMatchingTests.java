package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.aVendor;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.screen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.RegisteredRepresentative;
import se.vendorscreening.intake.RepresentativeRole;
import se.vendorscreening.registry.ConvictionRecord;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.matching.MatchFeature.Outcome;
import se.vendorscreening.screening.internal.rules.PossibleMatchRule;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures;
import se.vendorscreening.screening.internal.rules.ScreeningFixtures.InMemoryRegistries;
import se.vendorscreening.shared.Decision;

/**
 * Persons known only by name and year and month of birth (beneficial owners, foreign persons):
 * matched on the name and the year and month, explained, and never excluded without an identity
 * number or a full birth date (docs/matching.md).
 */
class BirthMonthMatchingTests {

  private static final YearMonth APRIL_1971 = YearMonth.of(1971, 4);

  private final SubjectMatcher matcher = new SubjectMatcher(0.92, 0.90, 0.5, 0.02);

  private static Subject owner(String name, YearMonth born) {
    return new Subject(SubjectKind.PERSON, null, name, null, "DE", born);
  }

  @Test
  void theSameNameAndTheSameYearAndMonthIsAWeakMatchExplained() {
    // when
    Optional<SubjectMatch> match =
        matcher.match(
            owner("Jan Kowalski", APRIL_1971), null, "KOWALSKI, Jan", LocalDate.of(1971, 4, 3));

    // then
    assertThat(match)
        .get()
        .extracting(SubjectMatch::type)
        .isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
    assertThat(match.orElseThrow().isWeak()).isTrue();
    assertThat(match.orElseThrow().features())
        .filteredOn(f -> f.feature().equals(MatchFeature.BIRTH_DATE))
        .singleElement()
        .satisfies(
            birth -> {
              assertThat(birth.outcome()).isEqualTo(Outcome.PARTLY);
              assertThat(birth.values()).isEqualTo("1971-04 / 1971-04-03");
            });
  }

  @Test
  void theSameNameBornInAnotherYearOrMonthDoesNotMatch() {
    // when / then
    assertThat(
            matcher.match(
                owner("Jan Kowalski", APRIL_1971), null, "Jan Kowalski", LocalDate.of(1972, 4, 3)))
        .isEmpty();
    assertThat(
            matcher.match(
                owner("Jan Kowalski", APRIL_1971), null, "Jan Kowalski", LocalDate.of(1971, 5, 3)))
        .isEmpty();
  }

  @Test
  void theSameNameWithoutADateOnTheRecordIsANameOnlyMatch() {
    // when
    Optional<SubjectMatch> match =
        matcher.match(owner("Jan Kowalski", APRIL_1971), null, "Jan Kowalski", null);

    // then
    assertThat(match).get().extracting(SubjectMatch::type).isEqualTo(MatchType.NAME_ONLY);
    assertThat(match.orElseThrow().features())
        .filteredOn(f -> f.feature().equals(MatchFeature.BIRTH_DATE))
        .singleElement()
        .extracting(MatchFeature::outcome)
        .isEqualTo(Outcome.UNKNOWN);
  }

  @Test
  void aRecordWithAPersonnummerOfTheSameYearAndMonthIsStillOnlyWeak() {
    // given: a Skatteverket test personnummer born 1970-01-23
    var number = person(ScreeningFixtures.BOARD_MEMBER);

    // when
    Optional<SubjectMatch> match =
        matcher.match(
            new Subject(
                SubjectKind.PERSON, null, "Ture Testsson", null, "SE", YearMonth.of(1970, 1)),
            number,
            "Ture Testsson",
            null);

    // then
    assertThat(match)
        .get()
        .extracting(SubjectMatch::type)
        .isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
  }

  @Test
  void aNameThatAgreesOnlyInPartWithTheSameYearAndMonthDoesNotMatch() {
    // when / then
    assertThat(
            matcher.match(
                owner("Kowalski", APRIL_1971), null, "Jan Kowalski", LocalDate.of(1971, 4, 3)))
        .isEmpty();
  }

  @Test
  void aBeneficialOwnerKnownByYearAndMonthWithAMandatoryConvictionIsReviewNeverExclude() {
    // given
    RegisteredParty party = withOwner("Jan Kowalski", APRIL_1971);
    var record = fraud("KOWALSKI, Jan", LocalDate.of(1971, 4, 3));

    // when
    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    // then
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
    Finding finding =
        result.findings().stream()
            .filter(f -> f.ruleId().equals(PossibleMatchRule.ID.name()))
            .findFirst()
            .orElseThrow();
    assertThat(finding.evidence()).containsEntry("would_fire", "CONVICTION_MANDATORY");
    assertThat(finding.matchType()).isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
    assertThat(finding.evidence().get("match_features"))
        .contains("födelsedatum stämmer delvis (1971-04 / 1971-04-03)");
    assertThat(result.findings()).noneMatch(f -> f.decision() == Decision.EXCLUDE);
  }

  @Test
  void aBeneficialOwnerBornInAnotherYearIsNotTiedToTheRecord() {
    // given
    RegisteredParty party = withOwner("Jan Kowalski", APRIL_1971);
    var record = fraud("KOWALSKI, Jan", LocalDate.of(1975, 4, 3));

    // when
    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    // then
    assertThat(result.findings()).noneMatch(f -> "Jan Kowalski".equals(f.subjectName()));
  }

  @Test
  void aBeneficialOwnerAgainstARecordWithoutADateIsAtMostReview() {
    // given
    RegisteredParty party = withOwner("Jan Kowalski", APRIL_1971);
    var record = fraud("Jan Kowalski", null);

    // when
    PartyResult result = screen(party, new InMemoryRegistries().with(record));

    // then
    assertThat(result.decision()).isEqualTo(Decision.REVIEW);
    assertThat(result.findings())
        .filteredOn(f -> "Jan Kowalski".equals(f.subjectName()))
        .extracting(Finding::ruleId, Finding::matchType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PossibleMatchRule.ID.name(), MatchType.NAME_ONLY));
  }

  private static ConvictionRecord fraud(String name, LocalDate born) {
    return new ConvictionRecord(
        null,
        name,
        born,
        "FRAUD",
        "",
        LocalDate.of(2023, 1, 10),
        LocalDate.of(2023, 2, 10),
        "Landgericht Berlin",
        "12 KLs 3/22");
  }

  /** A vendor whose circle has its board member and a beneficial owner known by year and month. */
  private static RegisteredParty withOwner(String name, YearMonth born) {
    RegisteredParty base = aVendor().build();
    List<RegisteredRepresentative> circle = new java.util.ArrayList<>(base.representatives());
    circle.add(
        new RegisteredRepresentative(null, name, null, RepresentativeRole.BENEFICIAL_OWNER, born));
    return new RegisteredParty(
        base.procurementId(),
        base.procurementType(),
        base.procurementTitle(),
        base.identityNumber(),
        base.country(),
        base.foreignId(),
        base.name(),
        base.role(),
        base.parentKey(),
        circle,
        base.contracts());
  }
}
