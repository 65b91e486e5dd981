package se.vendorscreening.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Records of a million-row extract share equal names and case numbers instead of each keeping its
 * own copy, without a map that grows with the extract.
 */
class ExtractValuesTests {

  private final ExtractValues values = new ExtractValues();

  @Test
  void aNameOrCaseNumberSeenBeforeIsTheSameInstance() {
    String first = values.name(row("Anna Andersson", "B 1-24"), "subject_name", true);
    String again = values.name(row("Anna Andersson", "B 1-24"), "subject_name", true);
    String other = values.name(row("Anna Anderson", "B 1-24"), "subject_name", true);

    assertThat(again).isEqualTo("Anna Andersson").isSameAs(first);
    assertThat(other).isEqualTo("Anna Anderson").isNotSameAs(first);
    assertThat(values.shared(row("X", "B 1-24"), "case_number"))
        .isSameAs(values.shared(row("Y", "B 1-24"), "case_number"));
  }

  @Test
  void aValueThatTakesAnotherOnesSlotIsStillReadAsItIs() {
    // "Aa" and "BB" have the same hash, so the second takes the first's slot
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

    assertThat(values.shared(row("Aa", null), "subject_name")).isEqualTo("Aa");
    assertThat(values.shared(row("BB", null), "subject_name")).isEqualTo("BB");
    assertThat(values.shared(row("Aa", null), "subject_name")).isEqualTo("Aa");
  }

  @Test
  void aBlankNameIsNullOrMissingWhenRequired() {
    assertThat(values.name(row(" ", null), "subject_name", false)).isNull();
    assertThatThrownBy(() -> values.name(row("", null), "subject_name", true))
        .isInstanceOfSatisfying(
            BadValueException.class, e -> assertThat(e.column()).isEqualTo("subject_name"))
        .hasMessage("missing value");
  }

  private static ExtractRow row(String name, String caseNumber) {
    return new ExtractRow(
        Map.of("subject_name", 0, "case_number", 1), new String[] {name, caseNumber}, 2);
  }
}
