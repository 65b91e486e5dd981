package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.vendorscreening.screening.MatchType;

/** Every kind of match has its words in both languages (a run with one lacking failed). */
class FindingWordsTests {

  @ParameterizedTest
  @EnumSource(MatchType.class)
  void everyMatchTypeHasWordsInSwedishAndEnglish(MatchType type) {
    for (String language : new String[] {"sv-SE", "en"}) {
      ReportTexts texts = new ReportTexts(SampleRun.messages(), Locale.forLanguageTag(language));

      assertThat(texts.get("words.match." + type.name())).isNotBlank();
    }
  }
}
