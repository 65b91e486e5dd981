package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFilesTests {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=HYPERLINK(\"\"http://x\"\",\"\"y\"\")|'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")",
        "+1|'+1",
        "-2|'-2",
        "@SUM(A1:A2)|'@SUM(A1:A2)",
        "=1+1|'=1+1",
      })
  void putsASingleQuoteBeforeACellThatASpreadsheetWouldReadAsAFormula(
      String value, String written) {
    assertThat(CsvFiles.formulaSafe(value)).isEqualTo(written);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Huddinge Bygg & Mark AB",
        "556123-4567",
        "KS-2026/317",
        "1 200 000 kr",
        "'already quoted",
        "a=b",
        "Fel kontrollsiffra i organisationsnummer",
      })
  void leavesEveryOtherCellAsItIs(String value) {
    assertThat(CsvFiles.formulaSafe(value)).isEqualTo(value);
  }

  @ParameterizedTest(name = "[{index}] starts with code point {0}")
  @CsvSource({"9", "13"})
  void quotesACellBeginningWithATabOrACarriageReturn(int codePoint) {
    String value = Character.toString(codePoint) + "=cmd|' /C calc'!A0";

    assertThat(CsvFiles.formulaSafe(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      value = {"''"},
      emptyValue = "")
  void leavesAnEmptyCellEmpty(String value) {
    assertThat(CsvFiles.formulaSafe(value)).isEmpty();
  }
}
