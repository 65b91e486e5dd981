package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vendorscreening.screening.internal.matching.MatchFeature.Outcome;
import se.vendorscreening.screening.internal.rules.FindingTexts;
import se.vendorscreening.screening.internal.rules.MatchExplanation;

/** A match's evidence writes its scores with the decimal mark of the run's language. */
class MatchScoreWordsTests {

  private static final NameComparison NAMES =
      new NameComparison(
          List.of(
              new WordPair("jan", "jan", 1.0, WordMatch.EXACT),
              new WordPair("kowalksi", "kowalski", 0.98, WordMatch.TYPO)),
          List.of(),
          List.of(),
          0.98);

  private static final List<MatchFeature> FEATURES =
      List.of(new MatchFeature(MatchFeature.NAME, Outcome.AGREES, 0.98, NAMES, ""));

  @Test
  void aSwedishRunWritesTheScoresWithADecimalComma() {
    assertThat(
            MatchExplanation.describe(
                FEATURES, FindingTexts.standalone(Locale.forLanguageTag("sv"))))
        .isEqualTo("namn stämmer 0,98 (jan=jan 1,00, kowalksi~kowalski 0,98 skrivfel)");
  }

  @Test
  void anEnglishRunWritesThemWithADecimalPoint() {
    assertThat(MatchExplanation.describe(FEATURES, FindingTexts.standalone(Locale.ENGLISH)))
        .isEqualTo("name agrees 0.98 (jan=jan 1.00, kowalksi~kowalski 0.98 typo)");
  }
}
