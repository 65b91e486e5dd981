package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyNamesTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Byggmästarna i Huddinge AB | byggmästarna i huddinge",
        "BYGGMÄSTARNA I HUDDINGE AKTIEBOLAG (publ) | byggmästarna i huddinge",
        "Städ & Fönster HB i likvidation | städ och fönster",
        "Städ and Fönster KB | städ och fönster",
        "Omsorgen Ek. för. | omsorgen",
        "ANDERSSON, Anna | anna andersson"
      })
  void removesLegalFormsAndNormalisesWordsAndOrder(String name, String normalised) {
    assertThat(PartyNames.normalize(name)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @CsvSource({"Åsa Öberg, Asa Oberg", "Renée Ståhl, Renee Stahl"})
  void diacriticsAreAWeakerVariantThatBlocksTogether(String name, String folded) {
    assertThat(PartyNames.withoutDiacritics(PartyNames.normalize(name)))
        .isEqualTo(PartyNames.normalize(folded));
    assertThat(PartyNames.blockingKeys(name)).isEqualTo(PartyNames.blockingKeys(folded));
  }

  @ParameterizedTest
  @CsvSource({"Anna Andersson, 'ANDERSSON, Anna'", "Anna Andersson, Anna Anderson"})
  void namesThatMayMatchShareABlockingKey(String a, String b) {
    assertThat(PartyNames.blockingKeys(a)).containsAnyElementsOf(PartyNames.blockingKeys(b));
  }

  @Test
  void foldsEveryLatin1CharacterAsTheNormaliserDoes() {
    for (char c = 0; c < 0x100; c++) {
      String text = "x" + c + "y";
      assertThat(PartyNames.withoutDiacritics(text)).as("U+%04X", (int) c).isEqualTo(folded(text));
    }
  }

  @Property(tries = 2000)
  void foldsAnyTextAsTheNormaliserDoes(
      @ForAll
          @StringLength(max = 12)
          @CharRange(from = 'a', to = 'z')
          @CharRange(from = '\u00c0', to = '\u017f')
          @CharRange(from = '\u0300', to = '\u0310')
          String text) {
    assertThat(PartyNames.withoutDiacritics(text)).isEqualTo(folded(text));
  }

  /** The folding by the normaliser that the fast path must equal. */
  private static String folded(String text) {
    return Pattern.compile("\\p{M}+")
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("");
  }
}
