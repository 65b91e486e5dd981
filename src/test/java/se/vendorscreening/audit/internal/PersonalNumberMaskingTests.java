package se.vendorscreening.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalNumberMaskingTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "party 800102-2386 flagged            | party 800102-**** flagged",
        "party 800102+2386 flagged            | party 800102-**** flagged",
        "subject=198001022386.                | subject=800102-****.",
        "subject 19800102-2386                | subject 800102-****",
        "key 8001022386                       | key 800102-****",
        "samordningsnummer 195000692383       | samordningsnummer 500069-****",
        "two: 197809092385, 199204292396      | two: 780909-****, 920429-****",
        "company 556123-4567 stays            | company 556123-4567 stays",
        "company 5561234567 stays             | company 5561234567 stays",
        "wrong check digit 800102-2387 stays  | wrong check digit 800102-2387 stays",
        "run 20261128-020000-recheck-42 stays | run 20261128-020000-recheck-42 stays",
        "hash ab198001022386cd stays          | hash ab198001022386cd stays",
        "14 digits 20261128120000 stay        | 14 digits 20261128120000 stay",
      })
  void masksPersonalNumbersInEveryWritingAndLeavesOtherNumbersAlone(String line, String masked) {
    assertThat(PersonalNumberMasking.mask(line)).isEqualTo(masked);
  }
}
