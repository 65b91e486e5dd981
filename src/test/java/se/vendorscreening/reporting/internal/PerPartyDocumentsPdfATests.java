package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The documents written per party, as an auditor files them: a CLEAR certificate, an EXCLUDE
 * certificate and a hearing letter are each PDF/A-2b by veraPDF, and each carries its own party's
 * title in its information and its XMP metadata, although the fonts and the metadata are prepared
 * once for all of a run's documents.
 */
class PerPartyDocumentsPdfATests {

  @TempDir static Path out;

  private static Path folder;

  @BeforeAll
  static void writeTheSampleWithACertificateFilePerParty() {
    ScreeningResults results = SampleRun.screening(Locale.forLanguageTag("sv-SE"));
    RunInfo run = results.runs().get(0);
    // at most one party's certificate in report.pdf: every certificate is a file of its own
    SampleRun.writer(results, 1000, 1).writeRunFolder(run, out);
    folder = out.resolve(run.runId());
  }

  @Test
  void aClearCertificateIsPdfA2b() throws Exception {
    Path clear = certificate("556938-2160"); // Fullersta Ventilation AB, no findings
    assertThat(text(clear)).contains("Intyg: Fullersta Ventilation AB", "Inga anmärkningar");
    assertThat(failedRules(clear)).isEmpty();
  }

  /** The tables are drawn uncompressed and a page's content deflated once, as one stream. */
  @Test
  void aOnePageCertificatesContentIsOneDeflatedStream() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(certificate("556938-2160").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      COSBase contents = pdf.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
      assertThat(contents).isInstanceOf(COSStream.class);
      assertThat(((COSStream) contents).getFilters()).isEqualTo(COSName.FLATE_DECODE);
      try (InputStream drawn = ((COSStream) contents).createInputStream()) {
        assertThat(((COSStream) contents).getLength()).isLessThan(drawn.readAllBytes().length / 2);
      }
    }
  }

  @Test
  void anExcludeCertificateIsPdfA2b() throws Exception {
    Path exclude = certificate("554599-5457"); // Södertörns Fasad och Tak AB
    assertThat(text(exclude)).contains("Intyg: Södertörns Fasad och Tak AB", "Uteslut");
    // its contract's row names the clauses that allow termination by title, not by id
    String contractRow =
        text(exclude)
            .replaceAll("\\s+", " ")
            .replaceAll(".*(AVT-2026-102 .*?)Hävningsklausuler.*", "$1");
    assertThat(contractRow)
        .contains("Koppling till brottslig verksamhet")
        .doesNotContain("CRIME_LINK")
        .doesNotContain("STATUTORY_17_17");
    assertThat(failedRules(exclude)).isEmpty();
  }

  @Test
  void aHearingLetterIsPdfA2b() throws Exception {
    Path letter = letter("555427-0008"); // Visättra Hiss & Service AB: an ampersand in the title
    assertThat(text(letter)).contains("Visättra Hiss & Service AB");
    assertThat(failedRules(letter)).isEmpty();
  }

  @Test
  void eachDocumentHasItsOwnPartysTitleInItsInformationAndItsXmp() throws Exception {
    for (Path document :
        List.of(certificate("556938-2160"), certificate("554599-5457"), letter("555427-0008"))) {
      try (PDDocument pdf = Loader.loadPDF(document.toFile())) {
        String title = pdf.getDocumentInformation().getTitle();
        XMPMetadata xmp;
        try (InputStream in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
          xmp = new DomXmpParser().parse(in);
        }
        assertThat(xmp.getDublinCoreSchema().getTitle()).as(document.toString()).isEqualTo(title);
        assertThat(xmp.getDublinCoreSchema().getDescription())
            .isEqualTo(folder.getFileName().toString());
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
      }
    }
    assertThat(titleOf(certificate("556938-2160"))).endsWith(": Fullersta Ventilation AB");
    assertThat(titleOf(certificate("554599-5457"))).endsWith(": Södertörns Fasad och Tak AB");
    assertThat(titleOf(letter("555427-0008"))).endsWith(": Visättra Hiss & Service AB");
  }

  /**
   * A name with letters outside the working cut of the font (Cyrillic, Greek) is drawn with the
   * whole font, not as question marks; the documents stay PDF/A-2b.
   */
  @Test
  void drawsANameWithLettersOutsideTheWorkingCutWithTheWholeFont(@TempDir Path own)
      throws Exception {
    String name = "Волга Строй ООО (Ωμέγα)";
    List<PartyResult> parties =
        List.of(
            aPartyResult()
                .withOrgNo("556001-0007")
                .named(name)
                .withFinding(
                    aFinding("CREDIT_RISK")
                        .basis("LOU 14 kap. 5 §")
                        .deciding(Decision.REVIEW)
                        .evidence("risk_class", "1")
                        .evidence("risk_class_limit", "2"))
                .build(),
            aPartyResult().withOrgNo("556001-0008").named("Åby Måleri & Söner AB").build());
    RunInfo run =
        SampleRun.run(
            "20261128-060000-screen-2", "screen", Locale.forLanguageTag("sv-SE"), parties);
    SampleRun.writer(new InMemoryScreeningResults(run, parties, List.of(), List.of()), 1000, 1)
        .writeRunFolder(run, own);
    Path written = own.resolve(run.runId());

    Path certificate = written.resolve("certificates/000001-556001-0007.pdf");
    Path letter = written.resolve("kommunicering-001-556001-0007.pdf");
    for (Path document : List.of(certificate, letter)) {
      assertThat(text(document)).as(document.toString()).contains(name).doesNotContain("??");
      assertThat(failedRules(document)).as(document.toString()).isEmpty();
    }
    assertThat(text(written.resolve("certificates/000002-556001-0008.pdf")))
        .contains("Intyg: Åby Måleri & Söner AB");
  }

  /**
   * The same run written again gives the same bytes, document for document: the fonts' subsets are
   * made once and shared, and the trailer's id comes from the run and the file's name, not the
   * clock.
   */
  @Test
  void theSameRunWrittenAgainGivesTheSameDocuments(@TempDir Path again) throws Exception {
    ScreeningResults results = SampleRun.screening(Locale.forLanguageTag("sv-SE"));
    RunInfo run = results.runs().get(0);
    SampleRun.writer(results, 1000, 1).writeRunFolder(run, again);
    Path second = again.resolve(run.runId());
    List<Path> documents;
    try (Stream<Path> files = Files.walk(folder)) {
      documents =
          files
              .filter(file -> file.getFileName().toString().endsWith(".pdf"))
              .filter(file -> !file.getFileName().toString().equals("report.pdf"))
              .toList();
    }
    assertThat(documents).hasSize(20); // 12 certificates, 8 letters
    for (Path document : documents) {
      assertThat(second.resolve(folder.relativize(document)))
          .as(document.toString())
          .hasSameBinaryContentAs(document);
    }
  }

  @Test
  void escapesMarkupAndDropsWhatXmlCannotHoldFromATitle() {
    assertThat(PdfArchival.xmlText("Bygg & <Mark> AB\u0007"))
        .isEqualTo("Bygg &amp; &lt;Mark&gt; AB ");
  }

  /** The veraPDF rules (PDF/A-2b) the file fails, with their messages. */
  static List<String> failedRules(Path pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
              .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage())
              .distinct()
              .toList();
      if (failed.isEmpty() && !result.isCompliant()) {
        return List.of("not compliant");
      }
      return failed;
    }
  }

  private static Path certificate(String number) throws Exception {
    try (Stream<Path> files = Files.list(folder.resolve(CertificateFolderWriter.FOLDER))) {
      return files
          .filter(file -> file.getFileName().toString().endsWith("-" + number + ".pdf"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static Path letter(String number) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> file.getFileName().toString().startsWith("kommunicering-"))
          .filter(file -> file.getFileName().toString().endsWith("-" + number + ".pdf"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static String titleOf(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return document.getDocumentInformation().getTitle();
    }
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }
}
