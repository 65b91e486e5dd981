package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.screening.ScreeningResults;

class PdfReportTests {

  @TempDir static Path out;

  private static Path swedish;
  private static Path english;
  private static Path recheck;
  private static Path manyRejected;

  @BeforeAll
  static void writeReports() {
    swedish = write(SampleRun.screening(Locale.forLanguageTag("sv-SE")), "sv");
    english = write(SampleRun.screening(Locale.ENGLISH), "en");
    recheck = write(SampleRun.recheck("20261129-020000-recheck-8"), "recheck");
    manyRejected =
        write(
            SampleRun.screening(Locale.forLanguageTag("sv-SE"), SampleRun.manyRejectedRows(120)),
            "many-rejected");
  }

  @Test
  void namesEachClauseThatAppliesInTheCertificateAndQuotesItInFullInAppendixA() throws IOException {
    String text = flattened(textOf(swedish));
    Clause crimeLink =
        new ClauseCatalogues(Path.of("config/clauses"))
            .forLanguage(Locale.forLanguageTag("sv-SE"))
            .byId("CRIME_LINK")
            .orElseThrow();

    int certificate = text.indexOf("Intyg: Södertörns Fasad och Tak AB");
    String section = text.substring(certificate, text.indexOf("Intyg:", certificate + 1));
    String appendix = text.substring(text.indexOf("Bilaga A."));
    for (String paragraph : crimeLink.paragraphs()) {
      assertThat(appendix).contains(flattened(paragraph));
    }
    assertThat(section)
        .contains(
            "gäller för partens avtal (fullständig text i bilaga A): Koppling till brottslig"
                + " verksamhet; Uteslutningsgrund som fanns vid tilldelningen")
        .doesNotContain("CRIME_LINK", "STATUTORY_17_17")
        .contains("B 4711-22")
        .contains("Lars Ström")
        .contains("910509-****");
  }

  @Test
  void listsExcludedPartiesBeforeIncompleteReviewedAndClearOnes() throws IOException {
    String text = textOf(swedish);

    // in the table of parties, then in the certificates
    assertThat(text.indexOf("Solgårdens"))
        .isPositive()
        .isLessThan(text.indexOf("Sjödalens Låssmed AB"));
    assertThat(text.indexOf("Sjödalens Låssmed AB"))
        .isLessThan(text.indexOf("Balsta Bemanning AB"));
    assertThat(text.indexOf("Balsta Bemanning AB"))
        .isLessThan(text.indexOf("Huddinge Bygg & Mark AB"));
    int certificates = text.indexOf("Intyg:");
    assertThat(text.indexOf("Intyg: Solgårdens", certificates))
        .isLessThan(text.indexOf("Intyg: Sjödalens Låssmed AB"));
    assertThat(text.indexOf("Intyg: Sjödalens Låssmed AB"))
        .isLessThan(text.indexOf("Intyg: Balsta Bemanning AB"));
    assertThat(text.indexOf("Intyg: Balsta Bemanning AB"))
        .isLessThan(text.indexOf("Intyg: Huddinge Bygg & Mark AB"));
  }

  @Test
  void keepsSwedishLettersIntactWhenTextIsExtracted() throws IOException {
    String text = textOf(swedish);

    assertThat(text)
        .contains("Åsa Öberg")
        .contains("Jönssons Plattsättning (enskild firma)")
        .contains("Ofullständig")
        .contains("ÅÄÖ".toLowerCase(new Locale("sv")).substring(0, 1));
    assertThat(text)
        .contains("å")
        .contains("ä")
        .contains("ö")
        .contains("Å")
        .contains("Ä")
        .contains("Ö");
  }

  @Test
  void numbersEveryPageAsSidaXAvY() throws IOException {
    try (PDDocument document = Loader.loadPDF(swedish.toFile())) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(3);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).contains("Sida " + page + " av " + pages);
      }
    }
  }

  @Test
  void repeatsTheHeaderRowOnEveryPageALongTableContinuesOn() throws IOException {
    try (PDDocument document = Loader.loadPDF(manyRejected.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<Integer> pagesWithRejectedRows = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(document);
        if (text.contains("lou-representatives.csv")) {
          pagesWithRejectedRows.add(page);
          assertThat(text).as("page " + page).contains("Fil Rad Kolumn Värde Orsak");
        }
      }
      assertThat(pagesWithRejectedRows).hasSizeGreaterThanOrEqualTo(3);
      String all = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(all).doesNotContain("910509-2382").contains("910509-****");
    }
  }

  @Test
  void embedsTheUnicodeFontInsteadOfUsingStandardFonts() throws IOException {
    try (PDDocument document = Loader.loadPDF(swedish.toFile())) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
      }
      assertThat(fonts)
          .isNotEmpty()
          .allSatisfy(
              font -> assertThat(font).contains("DejaVuSans").doesNotContain("not embedded"));
    }
  }

  @Test
  void showsMaskedNumbersAndNoFullPersonalNumberAnywhere() throws IOException {
    String text = textOf(swedish) + textOf(english) + textOf(recheck);
    String withoutSpace = text.replaceAll("\\s+", "");

    assertThat(text).contains("920712-****").contains("140168-****");
    for (String number : SampleRun.FULL_PERSONAL_NUMBERS) {
      assertThat(withoutSpace).doesNotContain(number);
    }
  }

  @Test
  void writesTheHeaderSummaryAndAppendices() throws IOException {
    String text = flattened(textOf(swedish));

    assertThat(text)
        .contains("KS-2026/317")
        .contains(SampleRun.RUN_ID)
        .contains("2026-11-28")
        .contains("Maria Lindqvist")
        .contains("sha256:4f1c0d9a2e7b")
        .contains("plan (kommunens lägesbild, 11 kriterier)")
        .contains("KS-2026/317 – " + SampleRegister.TITLE)
        .contains("Alla parter, allvarligaste först")
        .contains("Totalt 12 parter: 11 anbudsgivare och 1 underleverantör.")
        .contains("Bilaga A. Klausuler som varje avtal ska innehålla")
        .contains("Bilaga B. Avvisade indatarader")
        .contains("Fel kontrollsiffra i organisationsnummer")
        .contains("Bilaga C. Indata och kontrollsummor");
    assertThat(textOf(swedish))
        .contains("9b4e1f0c3d2a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c");
  }

  @Test
  void writesEnglishWithPageOfWhenTheRunIsInEnglish() throws IOException {
    String text = textOf(english);

    assertThat(text)
        .contains("Flag report: vendor screening")
        .contains("All parties, most severe first")
        .contains("Certificate: Södertörns Fasad och Tak AB")
        .contains("Links to criminal activity")
        .contains("Page 1 of ")
        .doesNotContain("Sida 1 av");
  }

  @Test
  void putsTheChangesFirstInARecheckReport() throws IOException {
    String text = textOf(recheck);

    int changes = text.indexOf("Förändringar sedan förra kontrollen");
    assertThat(changes).isPositive().isLessThan(text.indexOf("Intyg:"));
    String section = text.substring(changes, text.indexOf("Intyg:"));
    assertThat(flattened(section))
        .contains("Skärpt Inga anmärkningar → Uteslut")
        .contains("Löst Granska →")
        .contains("Dom för brott som ska leda till uteslutning")
        .contains("Oförändrade parter: 10.");
    assertThat(SampleReportsTests.codesIn(section)).isEmpty();
  }

  private static Path write(ScreeningResults results, String folder) {
    var run = results.runs().get(0);
    SampleRun.writer(results).writeRunFolder(run, out.resolve(folder));
    return out.resolve(folder).resolve(run.runId()).resolve("report.pdf");
  }

  static String textOf(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String flattened(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
