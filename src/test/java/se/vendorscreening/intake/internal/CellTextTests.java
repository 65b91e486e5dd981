package se.vendorscreening.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "555242-9028",
        " 555242-9028 ",
        "\u00a0555242-9028\u00a0",
        "\t555242-9028\u2009",
        "\ufeff555242-9028\u202f",
        "\u200b555242-9028\r\n"
      })
  void trimsEveryKindOfSpaceAndInvisibleMarkAtTheEnds(String cell) {
    assertThat(CellText.trim(cell)).isEqualTo("555242-9028");
  }

  @Test
  void keepsSpacesInsideTheValue() {
    assertThat(CellText.trim("\u00a0Huddinge Bygg & Mark AB\u00a0"))
        .isEqualTo("Huddinge Bygg & Mark AB");
  }

  @Test
  void findsTheFirstControlCharacter() {
    assertThat(CellText.firstControlCharacter("Bygg\u0007 AB\u001b")).isEqualTo(7);
    assertThat(CellText.firstControlCharacter("Bygg AB")).isEqualTo(-1);
  }
}
