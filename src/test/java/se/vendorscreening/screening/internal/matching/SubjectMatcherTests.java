package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_1;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.ANNA_2;
import static se.vendorscreening.screening.internal.rules.ScreeningFixtures.person;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.screening.MatchType;
import se.vendorscreening.screening.internal.matching.MatchFeature.Outcome;
import se.vendorscreening.shared.OrganisationNumber;

class SubjectMatcherTests {

  private static final LocalDate BORN = LocalDate.of(1971, 4, 3);

  private final SubjectMatcher matcher = new SubjectMatcher(0.92, 0.90, 0.5, 0.02);

  private static Subject personSubject(String number, String name) {
    var id = number == null ? null : person(number);
    return new Subject(
        SubjectKind.PERSON, id, name, id == null ? null : id.birthDate().orElseThrow(), "SE");
  }

  private static Subject foreignPerson(String name, LocalDate born) {
    return new Subject(SubjectKind.PERSON, null, name, born, "DE");
  }

  private MatchType typeOf(Optional<SubjectMatch> match) {
    return match.map(SubjectMatch::type).orElse(null);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2} gives {3}")
  @CsvSource({
    "substitution, Mitchell Maxon, Mitchell Mason, NAME_AND_BIRTH_DATE",
    "substitution in a short word, Eva Lunf, Eva Lund, NAME_AND_BIRTH_DATE",
    "deletion, Nahan Bishop, Nathan Bishop, NAME_AND_BIRTH_DATE",
    "insertion, Sofija Nyberg, Sofia Nyberg, NAME_AND_BIRTH_DATE",
    "transposition, Jacob Wbeb, Jacob Webb, NAME_AND_BIRTH_DATE",
    "split word, Ja Xson Selht, Jaxson Selth, NAME_AND_BIRTH_DATE",
    "merged words, Karlerik Johansson, Karl Erik Johansson, NAME_AND_BIRTH_DATE",
    "word order, Lindqvist Anna, Anna Lindqvist, NAME_AND_BIRTH_DATE",
    "surname first with comma, 'LINDQVIST, Anna', Anna Lindqvist, NAME_AND_BIRTH_DATE",
    "extra middle name, Anna Maria Lindqvist, Anna Lindqvist, NAME_AND_BIRTH_DATE",
    "diacritics dropped, Asa Ostlund, Åsa Östlund, NAME_AND_BIRTH_DATE",
    "C/K and ss/s, Carl Pettersson, Karl Petersson, NAME_AND_BIRTH_DATE",
    "Ph/F and -son/-sson, Philip Nilson, Filip Nilsson, NAME_AND_BIRTH_DATE",
    "Qv/Kv, Eva Lindkvist, Eva Lindqvist, NAME_AND_BIRTH_DATE",
    "ä/ae, Aino Maekinen, Aino Mäkinen, NAME_AND_BIRTH_DATE",
    "ö/oe/ø, Søren Oeberg, Sören Öberg, NAME_AND_BIRTH_DATE",
    "å/aa, Lars Aaberg, Lars Åberg, NAME_AND_BIRTH_DATE",
    "é/e, Rene Ståhl, René Ståhl, NAME_AND_BIRTH_DATE",
    "missing given name, Grubb, Luke Grubb, WEAK_NAME_AND_BIRTH_DATE",
    "missing surname, Anna, Anna Lindqvist, WEAK_NAME_AND_BIRTH_DATE",
    "split off last letter, Sachi N, Sachin, WEAK_NAME_AND_BIRTH_DATE",
    "surname change, Anna Lindqvist, Anna Berglund, WEAK_NAME_AND_BIRTH_DATE",
    "initial for a given name, J Webb, Jacob Webb, WEAK_NAME_AND_BIRTH_DATE",
    "two typos in a short surname, Jacob Wbebs, Jacob Webb, WEAK_NAME_AND_BIRTH_DATE",
    "wholly different name, Olof Palm, Jacob Webb, ",
  })
  void anEqualBirthDateLowersWhatTheNamesMustProve(
      String kind, String listed, String convicted, MatchType expected) {
    Subject subject = foreignPerson(listed, BORN);

    Optional<SubjectMatch> match = matcher.match(subject, null, convicted, BORN);

    assertThat(typeOf(match)).as(kind).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "same name and a different birth date, Jacob Webb, 1971-03-04",
    "same name and another year, Jacob Webb, 1972-04-03",
    "a typo and a different birth date, Jacob Wbeb, 1971-05-03",
  })
  void aDifferentBirthDateNeverMatches(String kind, String convicted, LocalDate born) {
    Subject subject = foreignPerson("Jacob Webb", BORN);

    assertThat(matcher.match(subject, null, convicted, born)).as(kind).isEmpty();
  }

  @Test
  void twoAnnaAnderssonWithDifferentNumbersDoNotMatch() {
    Subject anna = personSubject(ANNA_1, "Anna Andersson");

    Optional<SubjectMatch> match =
        matcher.match(anna, person(ANNA_2), "Anna Andersson", anna.birthDate());

    assertThat(match).isEmpty();
  }

  @Test
  void equalNumbersMatchByIdentityNumberWhateverTheNames() {
    Subject anna = personSubject(ANNA_1, "Anna Andersson");

    SubjectMatch match =
        matcher.match(anna, person("750107-9292"), "Anna Karlsson", null).orElseThrow();

    assertThat(match.type()).isEqualTo(MatchType.IDENTITY_NUMBER);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.features())
        .extracting(MatchFeature::feature, MatchFeature::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MatchFeature.IDENTITY_NUMBER, Outcome.AGREES),
            org.assertj.core.groups.Tuple.tuple(MatchFeature.NAME, Outcome.PARTLY));
  }

  @Test
  void onlyTheBirthYearAndMonthEqualIsAWeakMatchAtBest() {
    Subject subject = foreignPerson("Jacob Webb", BORN);

    assertThat(typeOf(matcher.match(subject, null, "Jacob Webb", LocalDate.of(1971, 4, 30))))
        .isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
    assertThat(matcher.match(subject, null, "Jacob Smith", LocalDate.of(1971, 4, 30))).isEmpty();
  }

  @Test
  void aStrongMatchExplainsEachFeatureWithTheWordPairs() {
    Subject subject = foreignPerson("Mitchell Maxon", BORN);

    SubjectMatch match = matcher.match(subject, null, "MASON, Mitchell", BORN).orElseThrow();

    assertThat(match.type()).isEqualTo(MatchType.NAME_AND_BIRTH_DATE);
    assertThat(match.score()).isEqualTo(0.9);
    assertThat(match.features())
        .extracting(MatchFeature::feature, MatchFeature::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MatchFeature.NAME, Outcome.AGREES),
            org.assertj.core.groups.Tuple.tuple(MatchFeature.BIRTH_DATE, Outcome.AGREES),
            org.assertj.core.groups.Tuple.tuple(MatchFeature.IDENTITY_NUMBER, Outcome.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple(MatchFeature.COUNTRY, Outcome.UNKNOWN));
    assertThat(
            match
                .features()
                .get(0)
                .words()
                .describe(kind -> kind.name(), score -> String.format(Locale.ROOT, "%.2f", score)))
        .isEqualTo("mitchell=mitchell 1.00, maxon~mason 0.90 TYPO");
  }

  @Test
  void surnameCommaGivenNameMatchesGivenNameSurname() {
    Subject anna = personSubject(null, "Anna Andersson");

    Optional<SubjectMatch> match = matcher.match(anna, null, "ANDERSSON, Anna", null);

    assertThat(typeOf(match)).isEqualTo(MatchType.NAME_ONLY);
    assertThat(match.orElseThrow().score()).isEqualTo(1.0);
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
  void aRecordWithANumberMatchesAPartyWithoutOneByNameAndTheNumbersBirthDate() {
    Subject foreign =
        new Subject(SubjectKind.PERSON, null, "Anna Andersson", LocalDate.of(1975, 1, 7), "SE");

    assertThat(typeOf(matcher.match(foreign, person(ANNA_1), "Anna Andersson", null)))
        .isEqualTo(MatchType.NAME_AND_BIRTH_DATE);
  }

  @Test
  void aSwedishNumberOnTheRecordAndAnotherCountryOnTheSubjectIsWeakAtBest() {
    Subject foreign =
        new Subject(SubjectKind.PERSON, null, "Anna Andersson", LocalDate.of(1975, 1, 7), "DE");

    assertThat(typeOf(matcher.match(foreign, person(ANNA_1), "Anna Andersson", null)))
        .isEqualTo(MatchType.WEAK_NAME_AND_BIRTH_DATE);
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

    Optional<SubjectMatch> match =
        matcher.match(company, null, "Södertörns Fasad och Tak Aktiebolag (publ)", null);

    assertThat(typeOf(match)).isEqualTo(MatchType.NAME_ONLY);
    assertThat(match.orElseThrow().score()).isEqualTo(1.0);
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
    "Grubb, Luke Grubb, false",
    "Bygg AB, Byggare i Norr AB, false",
    "Huddinge Mark AB, Huddinge Park AB, false"
  })
  void namesAloneMatchOnlyAtOrAboveTheNameOnlyThreshold(
      String subjectName, String recordName, boolean matches) {
    Subject subject =
        new Subject(
            subjectName.endsWith("AB") ? SubjectKind.COMPANY : SubjectKind.PERSON,
            null,
            subjectName,
            null,
            "SE");

    Optional<SubjectMatch> match = matcher.match(subject, null, recordName, null);

    assertThat(match.isPresent()).isEqualTo(matches);
    match.ifPresent(m -> assertThat(m.type()).isEqualTo(MatchType.NAME_ONLY));
  }
}
