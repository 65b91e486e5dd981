package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTests {

  @ParameterizedTest(name = "\"{0}\" is {1} kr")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1200000              | 1200000.00
          1 200 000 kr         | 1200000.00
          1 200 000,50         | 1200000.50
          1.200.000 SEK        | 1200000.00
          SEK 1 200 000        | 1200000.00
          1,200,000.50         | 1200000.50
          1.200.000,50 kr      | 1200000.50
          1 200 000:-          | 1200000.00
          6 000 000 kronor     | 6000000.00
          1,200                | 1200.00
          1200,5               | 1200.50
          833333.3333333334    | 833333.33
          0                    | 0.00
          """)
  void readsAmountsAsSwedishAndInternationalExportsWriteThem(String written, BigDecimal amount) {
    assertThat(Amounts.parse(written)).isEqualTo(amount);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1\u00a0200\u00a0000 kr   | 1200000.00
          1\u2009200\u2009000      | 1200000.00
          1\u202f200\u202f000,50   | 1200000.50
          """)
  void readsNonBreakingThinAndNarrowSpacesAsDigitGroups(String written, BigDecimal amount) {
    assertThat(Amounts.parse(written)).isEqualTo(amount);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-5",
        "1.2.3",
        "1,200,50",
        "1200,000",
        "12,34.567",
        "ca 1 miljon",
        "kr",
        "1e6",
        "€ 500"
      })
  void refusesWhatItWouldHaveToGuessAt(String written) {
    assertThat(Amounts.parse(written)).isNull();
  }
}
