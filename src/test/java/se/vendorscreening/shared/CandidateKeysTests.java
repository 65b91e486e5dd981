package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CandidateKeysTests {

  @ParameterizedTest(name = "{0}: {1} and {2}")
  @CsvSource({
    "vowel substituted, Mitchell Mason, Mitchell Masen",
    "letters transposed, Jacob Webb, Jacob Wbeb",
    "split word, Jaxson Selth, Ja Xson Selht",
    "merged words, Karl Erik Johansson, Karlerik Johansson",
    "word order, Anna Lindqvist, 'LINDQVIST, Anna'",
    "spelling variant, Carl Pettersson, Karl Petersson",
    "diacritics dropped, Åsa Östlund, Asa Ostlund",
    "letter deleted, Nathan Bishop, Nathan Bisop",
  })
  void aMiswrittenNameSharesACandidateKeyWithoutABirthDate(String kind, String a, String b) {
    assertThat(CandidateKeys.of(a, null)).as(kind).containsAnyElementsOf(CandidateKeys.of(b, null));
  }

  @ParameterizedTest(name = "{0} and {1}")
  @CsvSource({"Grubb, Luke Grubb", "Olof Palm, Jacob Webb"})
  void anEqualBirthDateIsACandidateKeyWhateverTheNames(String a, String b) {
    LocalDate born = LocalDate.of(1971, 4, 3);

    assertThat(CandidateKeys.of(a, born)).containsAnyElementsOf(CandidateKeys.of(b, born));
    assertThat(CandidateKeys.of("Olof Palm", born))
        .doesNotContainAnyElementsOf(CandidateKeys.of("Jacob Webb", born.plusDays(1)));
  }
}
