package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

/**
 * The per-party documents' pages written as bytes ({@link PdfTableDrawing}, {@link
 * PdfContentBytes}) against the same documents drawn through easytable's drawers and PDFBox's
 * content streams, with the same working cut of the fonts: every page holds the same operators with
 * the same operands, in the same order, and the same fonts under the same names.
 */
class PdfTableDrawingTests {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  @Test
  void everySampleCertificateIsDrawnWithTheSameOperators() throws IOException {
    List<PartyResult> parties = new ArrayList<>(SampleRun.parties());
    parties.add(longParty());
    RunInfo run = SampleRun.run("20261128-030000-screen-tbl", "screen", SWEDISH, parties);
    int pages = 0;
    int textOperators = 0;
    // the documents drawn as bytes share their fonts, as a run's do: the second round draws the
    // blocks kept from the first (and from the parties before) from their bytes
    PdfFonts shared = PdfFonts.working();
    for (int round = 1; round <= 2; round++) {
      for (PartyResult party : parties) {
        List<List<Object>> easytable = pagesOf(certificate(run, party, PdfFonts.working(), false));
        List<List<Object>> bytes = pagesOf(certificate(run, party, shared, true));
        assertThat(bytes).as(party.name()).hasSameSizeAs(easytable);
        for (int page = 0; page < easytable.size(); page++) {
          assertSamePage(
              bytes.get(page),
              easytable.get(page),
              party.name() + ", round " + round + ", page " + (page + 1));
          textOperators += (int) easytable.get(page).stream().filter("Tj"::equals).count();
        }
        pages += easytable.size();
      }
    }
    assertThat(pages).isGreaterThan(2 * parties.size()); // the long party's certificate overflows
    assertThat(textOperators).isGreaterThan(2000);
    // the second round drew blocks from their bytes: every block of a clear certificate but the
    // party's own
    assertThat(shared.kept().replayed()).isGreaterThan(3 * parties.size());
  }

  /**
   * A block kept from one certificate is copied into the next even where the page has it lower (the
   * party's name takes more lines there): the same page as easytable draws.
   */
  @Test
  void aKeptBlockDrawnLowerIsCopiedAndDrawsTheSamePage() throws IOException {
    PartyResult clear = SampleRun.parties().get(0);
    PartyResult longer =
        aPartyResult()
            .withOrgNo("556677-8899")
            .named(
                "Ett Bolag Med Ett Mycket Långt Namn Som Bryts Över Flera Rader I Tabellen Över"
                    + " Fakta Om Parten Och I Rubriken Över Intyget Aktiebolag")
            .withContract("AVT-2026-101", "2026-03-01")
            .build();
    RunInfo run = SampleRun.run("20261128-030000-screen-tbl", "screen", SWEDISH, List.of(clear));
    PdfFonts shared = PdfFonts.working();
    List<List<Object>> first = pagesOf(certificate(run, clear, shared, true));
    int copiedBefore = shared.kept().replayed();
    List<List<Object>> moved = pagesOf(certificate(run, longer, shared, true));
    List<List<Object>> easytable = pagesOf(certificate(run, longer, PdfFonts.working(), false));

    // the registries' table and the footer copied, each placed lower than in the first
    assertThat(shared.kept().replayed() - copiedBefore).isGreaterThanOrEqualTo(2);
    List<Float> firstPlaces = translations(first.get(0));
    List<Float> movedPlaces = translations(moved.get(0));
    assertThat(movedPlaces).hasSameSizeAs(firstPlaces);
    assertThat(movedPlaces.get(movedPlaces.size() - 1))
        .isLessThan(firstPlaces.get(firstPlaces.size() - 1) - 5);
    assertThat(moved).hasSameSizeAs(easytable);
    for (int page = 0; page < moved.size(); page++) {
      assertSamePage(moved.get(page), easytable.get(page), "page " + page);
    }
    // and nothing else: the page drawn without kept blocks is the same
    List<List<Object>> fresh = pagesOf(certificate(run, longer, PdfFonts.working(), true));
    assertThat(fresh).isEqualTo(moved);
  }

  /**
   * A certificate of three pages: a table of findings that continues on the next pages with its
   * header repeated, an override, contracts, quoted clauses; its text the same either way.
   */
  @Test
  void aCertificateOverflowingToFurtherPagesHasTheSameTextAndPages() throws IOException {
    PartyResult party = longParty();
    RunInfo run = SampleRun.run("20261128-030000-screen-tbl", "screen", SWEDISH, List.of(party));
    byte[] easytable = certificate(run, party, false);
    byte[] bytes = certificate(run, party, true);
    try (PDDocument old = Loader.loadPDF(easytable);
        PDDocument now = Loader.loadPDF(bytes)) {
      assertThat(now.getNumberOfPages()).isEqualTo(old.getNumberOfPages()).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      String text = stripper.getText(now);
      assertThat(text).isEqualTo(stripper.getText(old));
      // the findings' header on the pages the table continues on
      assertThat(text.split("Fynd, lagrum och beslut").length - 1).isGreaterThan(2);
      assertThat(text).contains("Sida 3 av", "AVT-2026-902", "Maria Lindqvist");
      // written by PdfDocumentBytes rather than PDFBox's writer: the same information, metadata
      // and output intent
      assertThat(now.getDocumentInformation().getCOSObject().toString())
          .isEqualTo(old.getDocumentInformation().getCOSObject().toString());
      try (var nowXmp = now.getDocumentCatalog().getMetadata().createInputStream();
          var oldXmp = old.getDocumentCatalog().getMetadata().createInputStream()) {
        assertThat(nowXmp.readAllBytes()).isEqualTo(oldXmp.readAllBytes());
      }
      assertThat(now.getDocumentCatalog().getOutputIntents()).hasSize(1);
      try (var nowIcc =
              now.getDocumentCatalog()
                  .getOutputIntents()
                  .get(0)
                  .getDestOutputIntent()
                  .createInputStream();
          var oldIcc =
              old.getDocumentCatalog()
                  .getOutputIntents()
                  .get(0)
                  .getDestOutputIntent()
                  .createInputStream()) {
        assertThat(nowIcc.readAllBytes()).isEqualTo(oldIcc.readAllBytes());
      }
      assertThat(now.getDocument().getTrailer().getCOSArray(COSName.ID).toString())
          .isEqualTo(old.getDocument().getTrailer().getCOSArray(COSName.ID).toString());
    }
  }

  /** A flagged party with many long findings, an override and two contracts. */
  private static PartyResult longParty() {
    PartyResultBuilder party =
        aPartyResult()
            .withOrgNo("556777-0001")
            .named("Långa Anmärkningars Bygg & Fastighet (AB) \\ test")
            .withContract("AVT-2026-901", "2026-03-01")
            .withContract("AVT-2026-902", "2026-05-01")
            .withOverride("CREDIT_RISK", Decision.REVIEW, "Bedömd efter samtal med revisorn");
    for (int i = 0; i < 24; i++) {
      party.withFinding(
          aFinding(i % 2 == 0 ? "TAX_UNPAID_FINAL" : "CONVICTION_MANDATORY")
              .basis(i % 2 == 0 ? "LOU 13 kap. 2 §" : "LOU 13 kap. 1 § 1 st. 2 p.")
              .deciding(i % 3 == 0 ? Decision.EXCLUDE : Decision.REVIEW)
              .about("Person Nummer" + i, "CEO", "910509-****")
              .saying(
                  "Anmärkning "
                      + i
                      + ": en lång text (med parenteser) som bryts över flera rader i cellen, "
                      + "ord för ord, tills den inte får plats; därtill ett långt ord "
                      + "CRITERION.EXCLUSION.CONFLICT_OF_INTEREST.PROFESSIONAL_MISCONDUCT_"
                      + i)
              .evidence("debt_type", "TAX")
              .evidence("amount_sek", (100_000 + i) + "")
              .evidence("case_number", "KFM 22-" + i)
              .groundedOn("2026-06-30"));
    }
    return party.build();
  }

  private static byte[] certificate(RunInfo run, PartyResult party, boolean asBytes)
      throws IOException {
    return certificate(run, party, PdfFonts.working(), asBytes);
  }

  private static byte[] certificate(RunInfo run, PartyResult party, PdfFonts fonts, boolean asBytes)
      throws IOException {
    ReportTexts texts = new ReportTexts(SampleRun.messages(), run.language());
    ApplicableClauses clauses =
        new ApplicableClauses(
            new ClauseCatalogues(Path.of("config/clauses")).forLanguage(run.language()));
    ReportSources sources = new ReportSources(new SampleRegister());
    try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      document.setDocumentId(PdfArchival.documentId(run.runId(), party.name()));
      PdfFlow flow = new PdfFlow(document, fonts, asBytes);
      PdfArchival.describe(document, run, party.name(), texts.locale(), asBytes);
      new PdfCertificate(
              flow,
              texts,
              sources.reasons(texts),
              new RegistryDates(run, texts),
              clauses,
              sources.titles(),
              sources.representatives(),
              true)
          .write(run, party);
      byte[] pdf = flow.toBytes(texts, run.runId());
      assertThat(pdf).as("drawn with the working cut").isNotNull();
      return pdf;
    }
  }

  /**
   * Each page's operators and operands, its streams read one after the other: an operator by its
   * name, a number as a {@link Float}, a string by its bytes, a font operand with the font it
   * stands for on that page.
   */
  private static List<List<Object>> pagesOf(byte[] pdf) throws IOException {
    List<List<Object>> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        List<Object> tokens = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
          if (token instanceof Operator operator) {
            tokens.add(operator.getName());
          } else if (token instanceof COSNumber number) {
            tokens.add(number.floatValue());
          } else if (token instanceof COSString string) {
            tokens.add("string " + java.util.HexFormat.of().formatHex(string.getBytes()));
          } else if (token instanceof COSName name && page.getResources().getFont(name) != null) {
            tokens.add(name.getName() + " = " + page.getResources().getFont(name).getName());
          } else {
            tokens.add(String.valueOf((COSBase) token));
          }
        }
        pages.add(tokens);
      }
    }
    return pages;
  }

  /**
   * The vertical translations ({@code 1 0 0 1 0 ty cm}) that place blocks on the page, moved up.
   */
  private static List<Float> translations(List<Object> page) {
    List<Float> up = new ArrayList<>();
    for (int i = 6; i < page.size(); i++) {
      if ("cm".equals(page.get(i)) && (Float) page.get(i - 1) > 0) {
        up.add((Float) page.get(i - 1));
      }
    }
    return up;
  }

  /**
   * The page's operators with the blocks' translations applied: the {@code cm} operators left out
   * and their vertical offset added to the y of every point ({@code m}, {@code l}), rectangle
   * ({@code re}) and text position ({@code Td}, right after {@code BT}) drawn under them.
   */
  private static List<Object> resolved(List<Object> page) {
    List<Object> out = new ArrayList<>();
    double ty = 0;
    for (int i = 0; i < page.size(); i++) {
      Object token = page.get(i);
      if ("cm".equals(token)) {
        List<Object> matrix = out.subList(out.size() - 6, out.size());
        assertThat(matrix.subList(0, 5)).containsExactly(1f, 0f, 0f, 1f, 0f);
        ty += (Float) matrix.get(5);
        matrix.clear();
        continue;
      }
      int yAt =
          switch (String.valueOf(token)) {
            case "m", "l", "Td" -> 1;
            case "re" -> 3;
            default -> -1;
          };
      if (yAt > 0) {
        int index = out.size() - yAt;
        out.set(index, (double) (Float) out.get(index) + ty);
      }
      out.add(token);
    }
    assertThat(Math.abs(ty)).as("every translation taken back").isLessThan(1e-3);
    return out;
  }

  /**
   * The same operators and operands in the same order, numbers within 0.0005 points, a
   * two-thousandth of a pixel at 300 dpi (a translated block's coordinates are rounded to five
   * decimals in two parts instead of one, and read back here as floats).
   */
  private static void assertSamePage(List<Object> actual, List<Object> expected, String what) {
    List<Object> now = resolved(actual);
    List<Object> before = resolved(expected);
    assertThat(now).as(what + ": tokens").hasSameSizeAs(before);
    for (int i = 0; i < now.size(); i++) {
      Object a = now.get(i);
      Object b = before.get(i);
      if (a instanceof Number x && b instanceof Number y) {
        assertThat(x.doubleValue())
            .as(
                what
                    + ": operand "
                    + i
                    + " of "
                    + before.subList(i, Math.min(i + 6, before.size())))
            .isCloseTo(y.doubleValue(), org.assertj.core.data.Offset.offset(5e-4));
      } else {
        assertThat(a).as(what + ": token " + i).isEqualTo(b);
      }
    }
  }
}
