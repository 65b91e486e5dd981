package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-pass test for one edit agrees with the full Damerau–Levenshtein distance. */
class NameComparerOneEditTests {

  private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

  @ParameterizedTest
  @CsvSource({
    "andersson, anderson, true",
    "andersson, andresson, true",
    "andersson, andirsson, true",
    "andersson, andersson, false",
    "andersson, adnresson, false",
    "ab, aab, true",
    "ab, ba, true",
    "abc, cba, false",
    "a, '', true",
    "abcd, abdc, true"
  })
  void findsOneEdit(String a, String b, boolean oneEdit) {
    assertThat(NameComparer.oneEditApart(a, b)).isEqualTo(oneEdit);
    assertThat(NameComparer.oneEditApart(b, a)).isEqualTo(oneEdit);
  }

  @Property(tries = 5000)
  void agreesWithTheDistance(
      @ForAll @StringLength(max = 7) @CharRange(from = 'a', to = 'c') String a,
      @ForAll @StringLength(max = 7) @CharRange(from = 'a', to = 'c') String b) {
    assertThat(NameComparer.oneEditApart(a, b)).isEqualTo(DISTANCE.apply(a, b) == 1);
  }
}
