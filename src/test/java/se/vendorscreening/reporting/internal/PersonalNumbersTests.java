package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalNumbersTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VD 910509-2382 dömd                 | VD 910509-**** dömd
          pnr 199105092382.                   | pnr 910509-****.
          19910509-2382                       | 910509-****
          9105092382                          | 910509-****
          samordningsnummer 140168-2396       | samordningsnummer 140168-****
          hundraåring 910509+2382             | hundraåring 910509-****
          AB 556677-8899, VD 910509-2382      | AB 556677-8899, VD 910509-****
          556677889991050923820               | 556677889991050923820
          mål 1234 pnr 9105092382             | mål 1234 pnr 910509-****
          """)
  void masksEveryWritingOfAPersonalNumber(String text, String masked) {
    assertThat(PersonalNumbers.mask(text)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Södertörns Fasad och Tak AB 554599-5457
          165545995457
          910509-2383
          9b4e1f0c3d2a8b7c6d5e9105092382f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7
          Belopp 184 000 kr, mål B 4711-22
          """)
  void leavesOrganisationNumbersInvalidNumbersAndHashesAlone(String text) {
    assertThat(PersonalNumbers.mask(text)).isEqualTo(text);
  }
}
