package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The comparer aligns a merge of two neighbouring words only when the merged word is written the
 * same as, or one typo from, a word of the other name: its answers are those of a comparer that
 * aligns every merge.
 */
class NameComparerMergesTests {

  private static final String[] WORDS = {
    "Ja", "Xson", "Jaxson", "Jaxon", "Karl", "Erik", "Karlerik", "Karlerk", "Karl-Erik", "Sachi",
    "N", "Sachin", "Anna", "Maria", "Annamaria", "Anna-Maria", "Ek", "Ke", "Lind", "Lindh",
    "Berg", "Lindberg", "Lindbergh", "Ann", "Ma", "Rie", "Marie", "Johan", "Johanna", "Na",
    "Öberg", "Oberg", "Bygg", "AB", "Å", "K", "Per", "Pers", "Son", "Persson"
  };

  @Test
  void answersAsAComparerThatAlignsEveryMerge() {
    Random random = new Random(11);
    NameComparer comparer = new NameComparer(0.85, 0.05);
    NameComparer everyMerge = new NameComparer(0.85, 0.05, true);
    int merged = 0;
    int full = 0;
    for (int i = 0; i < 20_000; i++) {
      String subject = NameComparerRememberedTests.name(random, WORDS);
      String record = NameComparerRememberedTests.name(random, WORDS);
      NameComparison expected = everyMerge.compare(subject, record);
      assertThat(comparer.compare(subject, record))
          .as(subject + " / " + record)
          .isEqualTo(expected);
      merged +=
          expected.pairs().stream()
                  .anyMatch(p -> p.subjectWord().contains("+") || p.recordWord().contains("+"))
              ? 1
              : 0;
      full += expected.full() ? 1 : 0;
    }
    // merges decide some comparisons, and some names agree in full: the comparison is not trivial
    assertThat(merged).isGreaterThan(100);
    assertThat(full).isGreaterThan(100);
  }

  @Test
  void findsTheSplitAndMergedWords() {
    NameComparer comparer = new NameComparer(0.85, 0.05);
    assertThat(comparer.compare("Ja Xson Selht", "Jaxson Selth").full()).isTrue();
    assertThat(comparer.compare("Karlerik Johansson", "Karl Erik Johansson").full()).isTrue();
    assertThat(comparer.compare("Karlerik Johansson", "Karl Erik Johansson").pairs())
        .anyMatch(p -> p.recordWord().equals("karl+erik"));
  }
}
