package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A row's cells are ranges of characters, trimmed as {@link String#strip()} trims. */
class ExtractRowTests {

  @Test
  void trimsEveryCharacterAsStripDoes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String cell = c + "x" + c + c;
      ExtractRow row = new ExtractRow(Map.of("a", 1), new String[] {"first", cell}, 2);
      assertThat(row.get("a")).as("U+%04X", (int) c).isEqualTo(cell.strip());
      ExtractRow alone = new ExtractRow(Map.of("a", 0), new String[] {String.valueOf(c)}, 2);
      assertThat(alone.get("a"))
          .as("U+%04X alone", (int) c)
          .isEqualTo(Character.isWhitespace(c) ? null : String.valueOf(c));
      assertThat(alone.isBlank()).isEqualTo(String.valueOf(c).isBlank());
    }
  }

  @Test
  void missingAndAbsentCellsAreNull() {
    ExtractRow row = new ExtractRow(Map.of("a", 0, "b", 1, "c", 5), new String[] {null, " "}, 7);
    assertThat(row.get("a")).isNull();
    assertThat(row.get("b")).isNull();
    assertThat(row.get("c")).isNull();
    assertThat(row.get("d")).isNull();
    assertThat(row.isBlank()).isTrue();
    assertThat(row.cells()).containsExactly(null, " ");
    assertThat(row.line()).isEqualTo(7);
  }
}
