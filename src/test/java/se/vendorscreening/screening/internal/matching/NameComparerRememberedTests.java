package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A comparer remembers the words of the names and the spellings of the words it compared: what it
 * answers for names it has seen, and after its memory was emptied, is what a fresh one answers.
 */
class NameComparerRememberedTests {

  static final String[] WORDS = {
    "Anna",
    "Ånna",
    "Erik",
    "Eric",
    "Johan",
    "Johanna",
    "Andersson",
    "Anderson",
    "Öberg",
    "Oberg",
    "Bygg",
    "AB",
    "HB",
    "&",
    "och",
    "Nowak",
    "Novak",
    "Ja",
    "Xson",
    "Jaxson",
    "K",
    "Schmidt",
    "Smith",
    "Müller",
    "Mueller",
    "Lind",
    "Lindh",
    "Åkeri",
    "i",
    "Stensättra"
  };

  @Test
  void answersForNamesSeenBeforeAsAFreshComparer() {
    Random random = new Random(7);
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      pairs.add(new String[] {name(random), name(random)});
    }
    NameComparer remembering = new NameComparer(0.85, 0.05);
    List<NameComparison> first = new ArrayList<>();
    for (String[] pair : pairs) {
      first.add(remembering.compare(pair[0], pair[1]));
    }
    int full = 0;
    for (int i = 0; i < pairs.size(); i++) {
      String[] pair = pairs.get(i);
      NameComparison fresh = new NameComparer(0.85, 0.05).compare(pair[0], pair[1]);
      assertThat(remembering.compare(pair[0], pair[1])).isEqualTo(fresh).isEqualTo(first.get(i));
      full += fresh.full() ? 1 : 0;
    }
    // the names agree in every word in some pairs and not in others: the comparison is not trivial
    assertThat(full).isBetween(1, pairs.size() - 1);
  }

  @Test
  void answersTheSameAfterItsMemoryIsEmptied() {
    NameComparer comparer = new NameComparer(0.85, 0.05);
    NameComparison before = comparer.compare("Anna Öberg", "Ånna Oberg");
    // more distinct names than the comparer keeps: its memory is emptied on the way
    for (int i = 0; i < (1 << 16) + 10; i++) {
      comparer.compare("Name" + i, "Anna Öberg");
    }
    assertThat(comparer.compare("Anna Öberg", "Ånna Oberg"))
        .isEqualTo(before)
        .isEqualTo(new NameComparer(0.85, 0.05).compare("Anna Öberg", "Ånna Oberg"));
    assertThat(before.full()).isTrue();
  }

  private static String name(Random random) {
    return name(random, WORDS);
  }

  /** One to four words drawn from the given ones. */
  static String name(Random random, String[] vocabulary) {
    int words = 1 + random.nextInt(4);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words; i++) {
      name.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
    }
    return name.toString();
  }
}
