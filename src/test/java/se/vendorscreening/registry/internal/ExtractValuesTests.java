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

  @Test
  void aPlainDateIsReadAsLocalDateParseReadsItAndSharedWhenRepeated() {
    java.time.LocalDate day = java.time.LocalDate.of(1799, 12, 25);
    while (day.isBefore(java.time.LocalDate.of(2201, 1, 5))) {
      String text = day.toString();
      java.time.LocalDate read = values.date(dateRow(text), "d");
      assertThat(read).isEqualTo(java.time.LocalDate.parse(text));
      assertThat(values.date(dateRow(new String(text)), "d")).isSameAs(read);
      day = day.plusDays(1);
    }
  }

  @Test
  void aDateThatIsNotPlainIsReadOrRejectedAsBefore() {
    assertThat(values.date(dateRow("+12024-01-31"), "d"))
        .isEqualTo(java.time.LocalDate.of(12024, 1, 31));
    assertThat(values.date(dateRow("0999-02-28"), "d")).isEqualTo("0999-02-28");
    for (String bad :
        new String[] {
          "2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
          "2024-1-010", "2024/01/10", "20240110", "2024-01-1x", "２０２４-01-10", "1900-02-29"
        }) {
      assertThatThrownBy(() -> values.date(dateRow(bad), "d"))
          .as(bad)
          .isInstanceOf(BadValueException.class)
          .hasMessage("not a date (YYYY-MM-DD)");
    }
    assertThat(values.date(dateRow("2024-02-29"), "d")).isEqualTo("2024-02-29");
    assertThat(values.date(dateRow("2000-02-29"), "d")).isEqualTo("2000-02-29");
  }

  @Test
  void aBadIdentityNumberIsRejectedWithTheColumnItWasReadFromEveryTime() {
    ExtractRow row =
        new ExtractRow(
            Map.of("subject_id", 0, "org_no", 1, "person_id", 2),
            new String[] {"5569999997", "1234567890", "1234567890"},
            2);
    for (String column : new String[] {"org_no", "person_id", "org_no"}) {
      assertThatThrownBy(() -> values.identityNumber(row, column))
          .as(column)
          .isInstanceOfSatisfying(
              BadValueException.class,
              e -> {
                assertThat(e.column()).isEqualTo(column);
                assertThat(e.value()).isEqualTo("123456****");
              })
          .hasMessage("invalid identity number");
    }
    // a good number read between the bad ones is the same instance each time
    assertThat(values.identityNumber(row, "subject_id"))
        .isSameAs(values.identityNumber(row, "subject_id"))
        .hasToString(values.identityNumber(row, "subject_id").toString());
  }

  @Test
  void aTextOfTheSameLengthAndHashAsAnotherIsReadAsItIs() {
    // "AaBB", "BBAa", "AaAa" and "BBBB" share their hash and length: one slot, other characters
    for (int round = 0; round < 2; round++) {
      for (String text : new String[] {"AaBB", "BBAa", "AaAa", "BBBB", "AaBB"}) {
        assertThat(values.shared(row(text, null), "subject_name")).isEqualTo(text);
        assertThat(values.text(row(null, text), "case_number")).isEqualTo(text);
      }
    }
  }

  private static ExtractRow dateRow(String date) {
    return new ExtractRow(Map.of("d", 0), new String[] {date}, 2);
  }

  private static ExtractRow row(String name, String caseNumber) {
    return new ExtractRow(
        Map.of("subject_name", 0, "case_number", 1), new String[] {name, caseNumber}, 2);
  }
}
