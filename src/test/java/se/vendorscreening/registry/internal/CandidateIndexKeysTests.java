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

  @Test
  void aNamesKeysWithTheBirthDatesKeyApartFindWhatTheKeysOfNameAndBirthDateFind() {
    Random random = new Random(23);
    CandidateIndex.Builder together = new CandidateIndex.Builder();
    CandidateIndex.Builder apart = new CandidateIndex.Builder();
    for (int row = 0; row < 3_000; row++) {
      String name = name(random);
      LocalDate born =
          random.nextInt(4) == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(random.nextInt(40));
      assertThat(CandidateKeys.of(name, born))
          .isEqualTo(
              born == null
                  ? CandidateKeys.of(name, null)
                  : union(CandidateKeys.of(name, null), CandidateKeys.birthDateKey(born)));
      together.add(row, null, name, born);
      apart.add(
          row,
          CandidateIndex.NO_NUMBER,
          Set.copyOf(CandidateKeys.of(name, null)),
          born == null ? null : CandidateKeys.birthDateKey(born));
    }
    // a name whose keys hold its birth date's key already is indexed under it once
    Set<String> withTheDate = Set.of("@1950-01-05", "ann|ber");
    together.add(3_000, CandidateIndex.NO_NUMBER, withTheDate);
    apart.add(3_000, CandidateIndex.NO_NUMBER, withTheDate, "@1950-01-05");
    CandidateIndex expected = together.build();
    CandidateIndex actual = apart.build();
    int found = 0;
    for (int i = 0; i < 500; i++) {
      String name = name(random);
      LocalDate born = random.nextBoolean() ? null : LocalDate.of(1950, 1, 1).plusDays(i % 60);
      Subject subject = new Subject(SubjectKind.PERSON, null, name, born, "SE");
      int[] rows = actual.candidatesOf(subject);
      assertThat(rows).containsExactly(expected.candidatesOf(subject));
      found += rows.length;
    }
    assertThat(found).isGreaterThan(5_000);
    int[] dated =
        actual.candidatesOf(
            new Subject(SubjectKind.PERSON, null, "Zyx Qwv", LocalDate.of(1950, 1, 5), "SE"));
    assertThat(dated).contains(3_000).doesNotHaveDuplicates();
  }

  private static Set<String> union(Set<String> keys, String key) {
    Set<String> all = new java.util.TreeSet<>(keys);
    all.add(key);
    return all;
  }

  private static String name(Random random) {
    return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
  }
}
