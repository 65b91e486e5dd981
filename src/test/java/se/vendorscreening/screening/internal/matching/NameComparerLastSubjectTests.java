package se.vendorscreening.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * What a comparer keeps of the subject it compared last, and the similarities of the word pairs a
 * thread compared lately, never change an answer: a subject's candidates compared in runs (the same
 * record names again, other subjects in between, two comparers of other thresholds on one thread)
 * answer as a comparer that never compared anything, and every similarity from the table is
 * commons-text's for the same two words, also for pairs that share a slot of the table.
 */
class NameComparerLastSubjectTests {

  @Test
  void subjectsComparedInRunsAnswerAsAComparerThatRemembersNothing() {
    Random random = new Random(11);
    NameComparer strict = new NameComparer(0.95, 0.05);
    NameComparer lenient = new NameComparer(0.80, 0.05);
    List<String> subjects = new ArrayList<>();
    List<String> records = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      subjects.add(NameComparerRememberedTests.name(random, NameComparerRememberedTests.WORDS));
      records.add(NameComparerRememberedTests.name(random, NameComparerRememberedTests.WORDS));
    }
    int differ = 0;
    for (int run = 0; run < 3_000; run++) {
      // a subject, then a run of candidates drawn from a few record names (more than the slots)
      String subject = subjects.get(random.nextInt(subjects.size()));
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        String record = records.get(random.nextInt(records.size()));
        NameComparer comparer = random.nextBoolean() ? strict : lenient;
        NameComparison remembered = comparer.compare(subject, record);
        NameComparer fresh =
            comparer == strict ? new NameComparer(0.95, 0.05) : new NameComparer(0.80, 0.05);
        assertThat(remembered).isEqualTo(fresh.compare(subject, record));
        NameComparison other = (comparer == strict ? lenient : strict).compare(subject, record);
        differ += other.equals(remembered) ? 0 : 1;
      }
    }
    // the two comparers answer differently for some pairs: one must not be given the other's answer
    assertThat(differ).isPositive();
  }

  @Test
  void similaritiesFromTheTableAreCommonsTextsAlsoWhenPairsShareASlot() {
    JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    Random random = new Random(5);
    List<String[]> pairs = new ArrayList<>();
    Set<Integer> slots = new HashSet<>();
    // many more pairs than slots, with pairs reversed and words sharing their first letters
    for (int i = 0; i < 4 * NameComparer.Similarities.SLOTS; i++) {
      String a = word(random);
      String b = random.nextInt(8) == 0 ? a.substring(0, a.length() - 1) + "x" : word(random);
      pairs.add(new String[] {a, b});
      pairs.add(new String[] {b, a});
      slots.add((a.hashCode() * 31 + b.hashCode()) & NameComparer.Similarities.SLOTS - 1);
    }
    assertThat(slots.size()).isLessThan(pairs.size() / 2); // slots are shared
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < pairs.size(); i++) {
        String[] pair = pairs.get(random.nextInt(pairs.size()));
        assertThat(NameComparer.Similarities.of(pair[0], pair[1]))
            .isEqualTo(jaroWinkler.apply(pair[0], pair[1]));
      }
    }
  }

  private static String word(Random random) {
    int length = 2 + random.nextInt(8);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(i < 2 ? 3 : 26)));
    }
    return word.toString();
  }
}
