package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTests {

  @ParameterizedTest
  @CsvSource({
    "556677-8899, 5566778899",
    "5566778899, 5566778899",
    "165566778899, 5566778899",
    "16556677-8899, 5566778899",
    "SE556677889901, 5566778899",
    "212000-0142, 2120000142"
  })
  void normalisesEveryCommonWriting(String written, String digits) {
    OrganisationNumber number = OrganisationNumber.parse(written);

    assertThat(number.canonical()).isEqualTo(digits);
    assertThat(number.masked()).isEqualTo(digits.substring(0, 6) + "-" + digits.substring(6));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "556677-8898",
        "551677-8899",
        "195566778899",
        "5566778",
        "900101-0017",
        "556677 8899"
      })
  void rejectsWrongCheckDigitsAndPersonalNumbers(String written) {
    assertThatThrownBy(() -> OrganisationNumber.parse(written))
        .isInstanceOf(InvalidIdentityNumberException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "556677-8899, false",
    "900101-0017, true",
    "19900101-0017, true",
    "165566778899, false"
  })
  void tellsCompaniesFromSoleTraders(String written, boolean personal) {
    assertThat(IdentityNumber.parse(written).isPersonal()).isEqualTo(personal);
  }
}
