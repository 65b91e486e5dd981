package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class PersonalIdentityNumberTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  static List<String> testNumbers(String file) throws Exception {
    try (InputStream in =
        PersonalIdentityNumberTests.class.getResourceAsStream("/skatteverket-test-ids/" + file)) {
      return JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() {});
    }
  }

  @Test
  void acceptsEveryOfSkatteverketsTestPersonnummerInTwelveAndTenDigitForms() throws Exception {
    List<String> numbers = testNumbers("testpersonnummer.json");
    assertThat(numbers).hasSize(41_129);
    for (String number : numbers) {
      PersonalIdentityNumber twelve = PersonalIdentityNumber.parse(number, TODAY);
      assertThat(twelve.canonical()).isEqualTo(number);
      assertThat(twelve.isCoordinationNumber()).isFalse();
      String written = twelve.unmasked(TODAY);
      assertThat(PersonalIdentityNumber.parse(written, TODAY)).isEqualTo(twelve);
    }
  }

  @Test
  void acceptsEveryOfSkatteverketsTestSamordningsnummer() throws Exception {
    List<String> numbers = testNumbers("testsamordningsnummer.json");
    assertThat(numbers).hasSize(2_264);
    for (String number : numbers) {
      PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number, TODAY);
      assertThat(parsed.isCoordinationNumber()).isTrue();
      assertThat(IdentityNumber.parse(number)).isEqualTo(parsed);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "19900101-0017, 199001010017",
    "900101-0017, 199001010017",
    "9001010017, 199001010017",
    "199001010017, 199001010017",
    "900101+9802, 189001019802"
  })
  void normalisesEveryCommonWriting(String written, String canonical) {
    assertThat(PersonalIdentityNumber.parse(written, TODAY).canonical()).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"900101-0018", "901301-0017", "900230-0012", "abc", "90010-10017", ""})
  void rejectsWrongCheckDigitsAndImpossibleForms(String written) {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse(written, TODAY))
        .isInstanceOf(InvalidIdentityNumberException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"900101-0009", "199001010009", "121212-0008", "9001010009"})
  void rejectsBirthNumberZeroZeroZeroEvenWithAValidCheckDigit(String written) {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse(written, TODAY))
        .isInstanceOf(InvalidIdentityNumberException.class)
        .hasMessageContaining("000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"900101 0017", "19900101 0017", " 900101-0017 x"})
  void doesNotTakeASpaceForASeparator(String written) {
    assertThatThrownBy(() -> PersonalIdentityNumber.parse(written, TODAY))
        .isInstanceOf(InvalidIdentityNumberException.class);
  }

  @Test
  void masksEverythingButTheBirthDate() {
    PersonalIdentityNumber number = PersonalIdentityNumber.parse("189001019802", TODAY);

    assertThat(number.masked()).isEqualTo("900101-****");
    assertThat(number.toString()).doesNotContain("9802");
    assertThat(number.unmasked(TODAY)).isEqualTo("900101+9802");
  }

  @Test
  void knowsTheBirthDateOfASamordningsnummer() {
    PersonalIdentityNumber number = PersonalIdentityNumber.parse("191401682396", TODAY);

    assertThat(number.birthDate()).contains(LocalDate.of(1914, 1, 8));
  }
}
