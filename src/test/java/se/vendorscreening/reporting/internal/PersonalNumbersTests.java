package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
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
          VD 910509 2382 dömd                 | VD 910509-**** dömd
          20261205-910509-2382                | 20261205-910509-****
          x 20910509-2382                     | x 910509-****
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
          Anna Berg (verkställande direktör, 910509-****)
          Körning 20261205-022357-screen-1
          """)
  void leavesOrganisationNumbersInvalidNumbersAndHashesAlone(String text) {
    assertThat(PersonalNumbers.mask(text)).isEqualTo(text);
  }

  /**
   * The same text as the regular expression alone gives, without the scan that skips it, for texts
   * made of the pieces personal numbers, organisation numbers, masked numbers and run ids are made
   * of.
   */
  @Test
  void givesWhatTheRegularExpressionAloneGives() {
    String[] pieces = {
      "9105092382",
      "910509-2382",
      "910509+2382",
      "910509 2382",
      "19910509-2382",
      "910509-****",
      "556677-8899",
      "140168-2396",
      "20261205-022357",
      "0",
      "12",
      "2382",
      "-",
      "+",
      " ",
      "x",
      "A",
      "ö",
      ".",
      "(",
      "\n",
      "910509",
      "05092382",
      "1"
    };
    Random random = new Random(18);
    int masked = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(6);
      for (int p = 0; p < count; p++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String expected = byRegularExpression(text.toString());
      assertThat(PersonalNumbers.mask(text.toString())).as(text.toString()).isEqualTo(expected);
      if (!expected.contentEquals(text)) {
        masked++;
      }
    }
    assertThat(masked).isGreaterThan(2_000);
  }

  private static final Pattern CANDIDATE =
      Pattern.compile("(?<![0-9A-Za-z])(18|19|20)?([0-9]{6})([-+ ]?)([0-9]{4})(?![0-9A-Za-z])");

  private static String byRegularExpression(String text) {
    if (text.length() < 10) {
      return text;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    StringBuilder masked = new StringBuilder();
    while (matcher.find()) {
      String date = matcher.group(2);
      int month = Integer.parseInt(date.substring(2, 4));
      int day = Integer.parseInt(date.substring(4, 6));
      String digits = date + matcher.group(4);
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        int digit = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
        sum += digit > 9 ? digit - 9 : digit;
      }
      if (month <= 12 && (day <= 31 || (day >= 60 && day <= 91)) && sum % 10 == 0) {
        matcher.appendReplacement(masked, date + "-****");
      }
    }
    matcher.appendTail(masked);
    return masked.toString();
  }
}
