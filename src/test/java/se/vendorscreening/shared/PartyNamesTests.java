package se.vendorscreening.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
}
