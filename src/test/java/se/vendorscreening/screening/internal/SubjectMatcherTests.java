package se.vendorscreening.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.ScreeningFixtures.ANNA_2;
import static se.vendorscreening.screening.internal.ScreeningFixtures.person;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.shared.OrganisationNumber;

class SubjectMatcherTests {

  private final SubjectMatcher matcher = new SubjectMatcher(0.92, 0.02);

  private static Subject personSubject(String number, String name) {
    var id = number == null ? null : person(number);
    return new Subject(
        SubjectKind.PERSON, id, name, id == null ? null : id.birthDate().orElseThrow(), "SE");
  }

  @Test
  void twoAnnaAnderssonWithDifferentNumbersDoNotMatch() {
    Subject anna = personSubject(ANNA_1, "Anna Andersson");

    Optional<SubjectMatch> match = matcher.match(anna, person(ANNA_2), "Anna Andersson", null);

    assertThat(match).isEmpty();
  }

  @Test
  void equalNumbersMatchByIdentityNumberWhateverTheNames() {
    Subject anna = personSubject(ANNA_1, "Anna Andersson");

    Optional<SubjectMatch> match =
        matcher.match(anna, person("750107-9292"), "Anna Karlsson", null);

    assertThat(match).contains(new SubjectMatch(MatchType.IDENTITY_NUMBER, 1.0));
  }

  @Test
  void surnameCommaGivenNameMatchesGivenNameSurname() {
    Subject anna = personSubject(null, "Anna Andersson");

    Optional<SubjectMatch> match = matcher.match(anna, null, "ANDERSSON, Anna", null);

    assertThat(match).contains(new SubjectMatch(MatchType.NAME_ONLY, 1.0));
  }

  @Test
  void diacriticsMatchAsAWeakerVariant() {
    Subject company = new Subject(SubjectKind.COMPANY, null, "Åbergs Städ AB", null, "SE");

    SubjectMatch folded =
        matcher.match(company, null, "Abergs Stad Aktiebolag", null).orElseThrow();
    SubjectMatch exact = matcher.match(company, null, "ÅBERGS STÄD", null).orElseThrow();

    assertThat(exact.score()).isEqualTo(1.0);
    assertThat(folded.score()).isEqualTo(0.98);
    assertThat(folded.type()).isEqualTo(MatchType.NAME_ONLY);
  }

  @Test
  void aPersonWithoutANumberMatchesOnBirthDateAndName() {
    Subject foreign =
        new Subject(SubjectKind.PERSON, null, "Jan Kowalski", LocalDate.of(1971, 4, 3), "PL");

    assertThat(matcher.match(foreign, null, "KOWALSKI, Jan", LocalDate.of(1971, 4, 3)))
        .contains(new SubjectMatch(MatchType.NAME_AND_BIRTH_DATE, 1.0));
    assertThat(matcher.match(foreign, null, "Jan Kowalski", LocalDate.of(1971, 4, 4))).isEmpty();
  }

  @Test
  void aRecordWithANumberMatchesAPartyWithoutOneByNameAndTheNumbersBirthDate() {
    Subject foreign =
        new Subject(SubjectKind.PERSON, null, "Anna Andersson", LocalDate.of(1975, 1, 7), "DE");

    assertThat(matcher.match(foreign, person(ANNA_1), "Anna Andersson", null))
        .contains(new SubjectMatch(MatchType.NAME_AND_BIRTH_DATE, 1.0));
  }

  @Test
  void legalFormWordsDoNotMatter() {
    Subject company =
        new Subject(
            SubjectKind.COMPANY,
            OrganisationNumber.parse("5545995457"),
            "Södertörns Fasad & Tak AB",
            null,
            "SE");

    assertThat(matcher.match(company, null, "Södertörns Fasad och Tak Aktiebolag (publ)", null))
        .contains(new SubjectMatch(MatchType.NAME_ONLY, 1.0));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource({
    "Anna Andersson, Anna Andersson, true",
    "Anna Andersson, Anna Anderson, true",
    "Anna Andersson, Hanna Andersson, true",
    "Anna Andersson, Maria Andersson, false",
    "Per Olsson, Per Nilsson, false",
    "Anna Andersson, Anders Annasson, false",
    "Anna Andersson, Anna Maria Andersson, true",
    "Lars Ström, Ström Lars, true",
    "Bygg AB, Byggare i Norr AB, false"
  })
  void namesMatchOnlyAtOrAboveTheThreshold(String subjectName, String recordName, boolean matches) {
    Subject subject = new Subject(SubjectKind.PERSON, null, subjectName, null, "SE");

    assertThat(matcher.match(subject, null, recordName, null).isPresent()).isEqualTo(matches);
  }
}
