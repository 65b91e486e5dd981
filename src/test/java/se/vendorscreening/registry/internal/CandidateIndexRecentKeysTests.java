package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.vendorscreening.shared.CandidateKeys;

/**
 * The keys a thread keeps for the subjects it looked up last are those of {@link CandidateKeys},
 * for the same name with another birth date too, and after more subjects than it has slots.
 */
class CandidateIndexRecentKeysTests {

  @Test
  void recentKeysAreTheCandidateKeysOfTheSameNameAndBirthDate() {
    LocalDate born = LocalDate.of(1971, 3, 14);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 20; i++) {
        String name = "Anna Svensson " + (char) ('a' + i);
        assertThat(CandidateIndex.RecentKeys.of(name, born))
            .isEqualTo(CandidateKeys.of(name, born))
            .contains("@" + born);
        assertThat(CandidateIndex.RecentKeys.of(name, null))
            .isEqualTo(CandidateKeys.of(name, null))
            .noneMatch(key -> key.startsWith("@"));
        assertThat(CandidateIndex.RecentKeys.of(name, born.plusDays(i + 1)))
            .contains("@" + born.plusDays(i + 1))
            .doesNotContain("@" + born);
      }
    }
  }
}
