package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.Subject;
import se.vendorscreening.registry.SubjectKind;
import se.vendorscreening.shared.CandidateKeys;

/**
 * The rows without a number an index finds for a subject are those sharing one of its candidate
 * keys, whatever the keys' hashes: every subject's rows as a comparison with every row finds them.
 */
class CandidateIndexKeysTests {

  private static final String[] GIVEN = {"Anna", "Erik", "Maria", "Ali", "Piotr", "Aino", "Jan"};
  private static final String[] FAMILY = {
    "Andersson", "Nowak", "Virtanen", "Berg", "Hassan", "Öberg", "Lind", "Kowalski", "Smith"
  };

  @Test
  void findsTheRowsSharingAKeyAsAComparisonWithEveryRow() {
    Random random = new Random(11);
    List<String> names = new ArrayList<>();
    List<LocalDate> births = new ArrayList<>();
    CandidateIndex.Builder builder = new CandidateIndex.Builder();
    for (int row = 0; row < 3_000; row++) {
      String name = name(random);
      LocalDate born =
          random.nextInt(4) == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(random.nextInt(400));
      names.add(name);
      births.add(born);
      builder.add(row, null, name, born);
    }
    CandidateIndex index = builder.build();
    int found = 0;
    for (int i = 0; i < 500; i++) {
      String name = name(random);
      LocalDate born = random.nextBoolean() ? null : LocalDate.of(1950, 1, 1).plusDays(i);
      Set<String> keys = CandidateKeys.of(name, born);
      List<Integer> expected = new ArrayList<>();
      for (int row = 0; row < names.size(); row++) {
        if (!Collections.disjoint(keys, CandidateKeys.of(names.get(row), births.get(row)))) {
          expected.add(row);
        }
      }
      int[] rows = index.candidatesOf(new Subject(SubjectKind.PERSON, null, name, born, "SE"));
      assertThat(rows).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      found += rows.length;
    }
    assertThat(found).isGreaterThan(500);
    assertThat(index.candidatesOf(new Subject(SubjectKind.PERSON, null, "Zyx Qwv", null, "SE")))
        .isEmpty();
  }

  private static String name(Random random) {
    return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
  }
}
