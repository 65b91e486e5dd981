package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.Evidence.DataDate;
import se.vendorscreening.screening.EvidenceBasis;
import se.vendorscreening.screening.Finding;

/**
 * The evidence a finding rests on, in words (docs/evidence.md): a registry answer dated by the
 * extract's date, and said honestly when the date is only the file's or the day of asking.
 */
class EvidenceWordsTests {

  private static final LocalDate EXTRACTED = LocalDate.parse("2026-11-27");

  @Test
  void aRegistryAnswerIsDatedByItsExtractDate() {
    Finding finding =
        aFinding(
            EvidenceBasis.registry(
                "TAX_ARREARS", "tax-arrears.csv line 2", EXTRACTED, DataDate.EXTRACT));

    assertThat(words("sv-SE").basis(finding))
        .isEqualTo(
            "Registeruppgift (skulder hos Kronofogden, tax-arrears.csv rad 2, uttag 2026-11-27)");
    assertThat(words("en").basis(finding))
        .contains("tax-arrears.csv line 2")
        .contains("extract of 2026-11-27");
  }

  @Test
  void aFileWithoutAnExtractDateSaysItsDateIsTheFilesOwn() {
    Finding finding =
        aFinding(
            EvidenceBasis.registry(
                "TAX_ARREARS",
                "tax-arrears.csv line 2",
                LocalDate.parse("2026-11-16"),
                DataDate.FILE_MODIFIED));

    assertThat(words("sv-SE").basis(finding))
        .contains("filens ändringsdatum 2026-11-16, inget uttagsdatum i filen")
        .doesNotContain("uttag 2026");
    assertThat(words("en").basis(finding))
        .contains("file last modified 2026-11-16, no extract date in the file");
  }

  @Test
  void anHttpRegistrysAnswerIsOfTheDayItWasAsked() {
    Finding finding =
        aFinding(
            EvidenceBasis.registry(
                "CONVICTIONS",
                "https://registry.example/convictions/5581612586",
                LocalDate.parse("2026-12-02"),
                DataDate.RETRIEVED));

    assertThat(words("sv-SE").basis(finding))
        .contains("uppgift per 2026-12-02 (hämtad vid körningen)");
  }

  @Test
  void aStatementIsDatedTheDayItWasSigned() {
    Finding finding =
        aFinding(
            EvidenceBasis.statement(
                "lou-sanningsforsakran.csv:2",
                LocalDate.parse("2026-10-15"),
                "Anders Eriksson",
                "x"));

    assertThat(words("sv-SE").basis(finding))
        .isEqualTo(
            "Sanningsförsäkran (undertecknad av Anders Eriksson, lou-sanningsforsakran.csv:2,"
                + " daterad 2026-10-15)");
  }

  @Test
  void aRegistryAnswerThatWasNotHadIsNotWordedAsOne() {
    Finding finding = aFinding(EvidenceBasis.registry(null, null, null));

    assertThat(words("sv-SE").basis(finding)).isEqualTo("Registeruppgift (inget svar om parten)");
    assertThat(words("en").basis(finding)).isEqualTo("Registry answer (no answer about the party)");
  }

  private static Finding aFinding(EvidenceBasis basis) {
    return FindingBuilder.aFinding("TAX_UNPAID_FINAL").build().withBasis(List.of(basis));
  }

  private static EvidenceWords words(String language) {
    return new EvidenceWords(
        new ReportTexts(SampleRun.messages(), Locale.forLanguageTag(language)));
  }
}
