package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.vendorscreening.intake.RepresentativeRole;

class RepresentativeRowValidatorTests {

  private static final Set<String> PARTIES = Set.of("5552429028", "DE:DE287654321");

  @ParameterizedTest(name = "{0} = \"{1}\" is rejected in column {2} as {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          person_id  | 801028-2394   | person_id  | reject.checkDigit                   | 801028-****
          person_id  | 19801028-2394 | person_id  | reject.checkDigit                   | 801028-****
          person_id  | 801328-2393   | person_id  | reject.notAPersonalIdentityNumber   | 801328-****
          person_id  | 80102-2393    | person_id  | reject.notAPersonalIdentityNumber   | 80102-2***
          person_id  | 556677-8899   | person_id  | reject.organisationNumberForPerson  | 556677-8899
          person_id  | NULL          | person_id  | reject.personIdOrBirthDate          | ''
          org_no     | 555242-9029   | org_no     | reject.checkDigit                   | 555242-9029
          org_no     | 559947-0399   | org_no     | reject.companyNotInList             | 559947-0399
          org_no     | NULL          | org_no     | reject.missing                      | ''
          name       | NULL          | name       | reject.missing                      | ''
          role       | NULL          | role       | reject.missing                      | ''
          role       | OWNER         | role       | reject.representativeRole           | OWNER
          person_id  | 801028 2393   | person_id  | reject.notAPersonalIdentityNumber   | 801028-****
          person_id  | 780101-0000   | person_id  | reject.notAPersonalIdentityNumber   | 780101-****
          """)
  void rejectsABadValueWithColumnReasonAndMaskedValue(
      String column, String value, String rejectedColumn, String code, String shownValue) {
    var outcome = RepresentativeRowValidator.validate(Rows.representative(column, value), PARTIES);

    Rejection rejection = ((RowOutcome.Rejected<RepresentativeRow>) outcome).rejection();
    assertThat(rejection.code()).isEqualTo(code);
    assertThat(rejection.column()).isEqualTo(rejectedColumn);
    assertThat(rejection.value()).isEqualTo(shownValue);
  }

  @Test
  void rejectsAForeignPersonsBirthDateThatDoesNotExist() {
    var outcome =
        RepresentativeRowValidator.validate(
            Rows.representative("person_id", "", "birth_date", "1971-02-29"), PARTIES);

    Rejection rejection = ((RowOutcome.Rejected<RepresentativeRow>) outcome).rejection();
    assertThat(rejection.code()).isEqualTo("reject.date");
    assertThat(rejection.column()).isEqualTo("birth_date");
  }

  @Test
  void acceptsAForeignPersonKnownOnlyByYearAndMonthOfBirth() {
    var outcome =
        RepresentativeRowValidator.validate(
            Rows.representative(
                "person_id",
                "",
                "name",
                "Jan Kowalski",
                "birth_date",
                "1971-04",
                "role",
                "verklig huvudman"),
            PARTIES);

    var accepted = (RowOutcome.Accepted<RepresentativeRow>) outcome;
    assertThat(accepted.row().birthDate()).isNull();
    assertThat(accepted.row().birthMonth()).isEqualTo(java.time.YearMonth.of(1971, 4));
    assertThat(accepted.row().role()).isEqualTo(RepresentativeRole.BENEFICIAL_OWNER);
    assertThat(accepted.row().personKey()).isEqualTo("jan kowalski|1971-04");
    assertThat(accepted.ignoredFields()).isEmpty();
  }

  @Test
  void rejectsAYearAndMonthThatIsNoMonth() {
    var outcome =
        RepresentativeRowValidator.validate(
            Rows.representative("person_id", "", "birth_date", "1971-13"), PARTIES);

    Rejection rejection = ((RowOutcome.Rejected<RepresentativeRow>) outcome).rejection();
    assertThat(rejection.code()).isEqualTo("reject.date");
    assertThat(rejection.column()).isEqualTo("birth_date");
  }

  @Test
  void aPersonWithANumberKeepsTheFullDateOfTheNumberOverAYearAndMonth() {
    var outcome =
        RepresentativeRowValidator.validate(Rows.representative("birth_date", "1980-10"), PARTIES);

    var accepted = (RowOutcome.Accepted<RepresentativeRow>) outcome;
    assertThat(accepted.row().birthDate()).isEqualTo(LocalDate.of(1980, 10, 28));
    assertThat(accepted.row().birthMonth()).isNull();
  }

  @Test
  void ignoresABadBirthDateOfAPersonWithANumberAndKeepsThePerson() {
    var outcome =
        RepresentativeRowValidator.validate(
            Rows.representative("birth_date", "1971-02-29"), PARTIES);

    var accepted = (RowOutcome.Accepted<RepresentativeRow>) outcome;
    assertThat(accepted.row().birthDate()).isEqualTo(java.time.LocalDate.of(1980, 10, 28));
    assertThat(accepted.ignoredFields())
        .singleElement()
        .satisfies(ignored -> assertThat(ignored.code()).isEqualTo("reject.date"));
  }

  @ParameterizedTest(name = "role \"{0}\" is {1}")
  @CsvSource({
    "CEO, CEO",
    "vd, CEO",
    "Ordförande, CHAIR",
    "board, BOARD",
    "suppleant, DEPUTY",
    "prokurist, SIGNATORY",
    "beneficial_owner, BENEFICIAL_OWNER",
    "verklig huvudman, BENEFICIAL_OWNER"
  })
  void acceptsRolesInEnglishAndSwedish(String role, RepresentativeRole expected) {
    var outcome = RepresentativeRowValidator.validate(Rows.representative("role", role), PARTIES);

    assertThat(((RowOutcome.Accepted<RepresentativeRow>) outcome).row().role()).isEqualTo(expected);
  }

  @Test
  void acceptsAForeignPersonOfAForeignCompanyByBirthDate() {
    var outcome =
        RepresentativeRowValidator.validate(
            Rows.representative(
                "org_no", "de:DE287654321",
                "person_id", "",
                "name", "Klaus Weber",
                "birth_date", "1971-05-14"),
            PARTIES);

    RepresentativeRow row = ((RowOutcome.Accepted<RepresentativeRow>) outcome).row();
    assertThat(row.partyKey()).isEqualTo("DE:DE287654321");
    assertThat(row.personId()).isNull();
    assertThat(row.birthDate()).isEqualTo(LocalDate.of(1971, 5, 14));
    assertThat(row.personKey()).isEqualTo("klaus weber|1971-05-14");
  }

  @Test
  void takesTheBirthDateFromThePersonnummer() {
    var outcome = RepresentativeRowValidator.validate(Rows.representative(), PARTIES);

    RepresentativeRow row = ((RowOutcome.Accepted<RepresentativeRow>) outcome).row();
    assertThat(row.personKey()).isEqualTo("198010282393");
    assertThat(row.birthDate()).isEqualTo(LocalDate.of(1980, 10, 28));
  }

  @Test
  void acceptsEverySkatteverketTestPersonnummerAndSamordningsnummer() throws Exception {
    List<String> numbers = testNumbers("testpersonnummer.json");
    numbers.addAll(testNumbers("testsamordningsnummer.json"));

    long rejected =
        numbers.stream()
            .map(
                n ->
                    RepresentativeRowValidator.validate(
                        Rows.representative("person_id", n), PARTIES))
            .filter(RowOutcome.Rejected.class::isInstance)
            .count();

    assertThat(numbers).hasSizeGreaterThan(40_000);
    assertThat(rejected).isZero();
  }

  private static List<String> testNumbers(String file) throws Exception {
    try (InputStream in =
        RepresentativeRowValidatorTests.class.getResourceAsStream(
            "/skatteverket-test-ids/" + file)) {
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new java.util.ArrayList<>(
          java.util.regex.Pattern.compile("\"([0-9]{12})\"")
              .matcher(json)
              .results()
              .map(m -> m.group(1))
              .toList());
    }
  }

  @Test
  void readsTheDatesOfTheRoleAndIgnoresOneThatCannotBeReadKeepingThePerson() {
    var dated =
        RepresentativeRowValidator.validate(
            Rows.representative("from_date", "2019-03-01", "to_date", "2025-02-01"), PARTIES);
    RepresentativeRow row = ((RowOutcome.Accepted<RepresentativeRow>) dated).row();
    assertThat(row.from()).isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(row.to()).isEqualTo(LocalDate.of(2025, 2, 1));

    var badDate =
        RepresentativeRowValidator.validate(Rows.representative("to_date", "2025-02-30"), PARTIES);
    var accepted = (RowOutcome.Accepted<RepresentativeRow>) badDate;
    assertThat(accepted.row().to()).isNull();
    assertThat(accepted.row().personId()).isNotNull();
    assertThat(accepted.ignoredFields()).extracting(Rejection::column).containsExactly("to_date");
  }
}
