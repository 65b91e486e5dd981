package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTests {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2027-01-01           | 2027-01-01
          20270101             | 2027-01-01
          2027/01/01           | 2027-01-01
          2027.01.01           | 2027-01-01
          2027-1-1             | 2027-01-01
          2027-01-01 00:00:00  | 2027-01-01
          2027-01-01T00:00     | 2027-01-01
          2028-02-29           | 2028-02-29
          46388                | 2027-01-01
          46388.0              | 2027-01-01
          """)
  void readsTheDatesExportsWrite(String written, LocalDate date) {
    assertThat(Dates.parse(written)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2027-02-30", "2027-13-01", "01/02/2027", "1/2/2027", "20271301", "igår", "1234"})
  void refusesDatesThatDoNotExistOrCouldMeanTwoDays(String written) {
    assertThat(Dates.parse(written)).isNull();
  }
}
