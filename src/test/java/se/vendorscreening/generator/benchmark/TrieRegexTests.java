package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrieRegexTests {

  private static final Pattern WORDS =
      Pattern.compile(
          TrieRegex.matching(
              List.of("5560000001", "5560000019", "556000001912", "196408233234", "1990-01-02")));

  @ParameterizedTest
  @CsvSource({
    "5560000001, true",
    "5560000019, true",
    "556000001912, true",
    "196408233234, true",
    "1990-01-02, true",
    "556000000, false",
    "5560000002, false",
    "55600000011, false",
    "5560000019123, false",
    "556000001913, false",
    "1990-01-0, false",
    "'', false"
  })
  void matchesExactlyTheWordsItWasBuiltFrom(String candidate, boolean matches) {
    assertThat(WORDS.matcher(candidate).matches()).isEqualTo(matches);
  }

  @Test
  void sharesPrefixesInsteadOfListingEveryWord() {
    assertThat(TrieRegex.matching(List.of("5561", "5562", "5563"))).isEqualTo("556(?:1|2|3)");
    assertThat(TrieRegex.matching(List.of("12", "1234"))).isEqualTo("12(?:34)?");
  }

  @Test
  void matchesNothingWithoutWords() {
    assertThat(Pattern.compile(TrieRegex.matching(List.of())).matcher("").matches()).isFalse();
  }

  @Test
  void refusesWordsThatWouldNeedQuoting() {
    assertThatThrownBy(() -> TrieRegex.matching(List.of("55.1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
