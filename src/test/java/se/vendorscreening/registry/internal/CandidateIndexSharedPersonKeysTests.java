package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.vendorscreening.shared.CandidateKeys;

/**
 * The persons' keys shared by the threads are {@link CandidateKeys} of the same name and birth
 * date: for more persons than the table has slots (so that entries are replaced), for the same name
 * born on other days and other names born on the same day, asked in any order and again.
 */
class CandidateIndexSharedPersonKeysTests {

  private static final String[] GIVEN = {"Anna", "Erik", "Saga", "Gösta", "Li", "Mohammed", "Eva"};
  private static final String[] FAMILY = {
    "Lind", "Mårtensson", "Svensson", "Nowak", "Öberg", "Al-Hassan", "Karlsson", "Ek"
  };

  @Test
  void keysAreThoseOfTheSameNameAndBirthDate() {
    Random random = new Random(3);
    int persons = 3 * CandidateIndex.SharedPersonKeys.SLOTS;
    String[] names = new String[persons];
    LocalDate[] born = new LocalDate[persons];
    for (int i = 0; i < persons; i++) {
      names[i] = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      born[i] = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365));
    }
    for (int round = 0; round < 2; round++) {
      for (int n = 0; n < persons; n++) {
        int i = random.nextInt(persons);
        assertThat(CandidateIndex.SharedPersonKeys.of(names[i], born[i]))
            .isEqualTo(CandidateKeys.of(names[i], born[i]))
            .contains("@" + born[i]);
        // the same name another day, another name the same day
        LocalDate otherDay = born[i].plusDays(1 + random.nextInt(400));
        assertThat(CandidateIndex.SharedPersonKeys.of(names[i], otherDay))
            .isEqualTo(CandidateKeys.of(names[i], otherDay))
            .doesNotContain("@" + born[i]);
        String otherName = names[i] + "son";
        assertThat(CandidateIndex.SharedPersonKeys.of(otherName, born[i]))
            .isEqualTo(CandidateKeys.of(otherName, born[i]));
      }
    }
  }
}
