package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

class PdfReportOfLargeRunsTests {

  @TempDir Path out;

  @Test
  void namesTheFirstFiveOf500ProcurementsInTheHeaderAndCountsTheRest() throws IOException {
    // given a run over 500 procurements
    List<String> ids =
        IntStream.rangeClosed(1, 500).mapToObj(i -> String.format("UH-2026/%04d", i)).toList();
    List<PartyResult> parties = SampleRun.parties();
    RunInfo sample =
        SampleRun.run(
            "20261128-040000-screen-500", "screen", Locale.forLanguageTag("sv-SE"), parties);
    RunInfo run = withProcurements(sample, ids);

    // when the run folder is written
    Path folder = write(run, parties, 1000);

    // then the PDF names the first procurements, counts the others, and the workbook has them all
    Path pdf = folder.resolve("report.pdf");
    assertThat(pdf).isNotEmptyFile();
    String firstPage = pageText(pdf, 1).replaceAll("\\s+", " ");
    assertThat(firstPage)
        .contains("UH-2026/0001, UH-2026/0002")
        .contains("… och 495 till")
        .doesNotContain("UH-2026/0006");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(folder.resolve("report.xlsx")))) {
      String listed = workbook.getSheet("Sammanfattning").getRow(1).getCell(1).getStringCellValue();
      assertThat(listed).startsWith("UH-2026/0001, ").endsWith("UH-2026/0499, UH-2026/0500");
    }
  }

  @Test
  void cutsAKeyValueCellTooTallForAPageShortWithAnEllipsis() {
    String tall = "ord ".repeat(20_000);

    String fitted = PdfFlow.fit(tall, 325, 9);

    assertThat(fitted).endsWith(" …").hasSizeLessThan(2_500);
    assertThat(PdfFlow.fit("KS-2026/317", 325, 9)).isEqualTo("KS-2026/317");
  }

  @Test
  void givesTheFirstTwoFlaggedPartiesAFullSectionAndListsTheOtherThreeOneRowEach()
      throws IOException {
    // given five flagged parties (out of the report's order) and one clear one
    List<PartyResult> parties =
        List.of(
            flagged("556001-0001", "Alby Måleri AB", Decision.REVIEW, "CREDIT_RISK"),
            flagged("556001-0002", "Björksätra Bygg AB", Decision.EXCLUDE, "CONVICTION_MANDATORY"),
            aPartyResult().withOrgNo("556001-0003").named("Cedervalls Rör AB").build(),
            flagged(
                "199207122384", "Jönssons Kakel (enskild firma)", Decision.REVIEW, "TAX_UNPAID"),
            flagged("556001-0005", "Dalby El AB", Decision.INCOMPLETE, "REGISTRY_UNAVAILABLE"),
            flagged("556001-0006", "Edsbergs Tak AB", Decision.EXCLUDE, "TAX_UNPAID_FINAL"));
    RunInfo run =
        SampleRun.run(
            "20261128-050000-screen-5", "screen", Locale.forLanguageTag("sv-SE"), parties);

    // when the PDF is written with two detailed parties at most
    Path pdf = write(run, parties, 2).resolve("report.pdf");

    // then the two excluded parties have sections, the other three one row each, in order
    String text = allText(pdf);
    assertThat(text)
        .contains("Björksätra Bygg AB (556001-0002) – Uteslut")
        .contains("Edsbergs Tak AB (556001-0006) – Uteslut")
        .doesNotContain("Dalby El AB (556001-0005) –")
        .doesNotContain("Alby Måleri AB (556001-0001) –")
        .doesNotContain("Cedervalls Rör AB");
    String compact =
        text.substring(text.indexOf("Övriga flaggade parter"), text.indexOf("Bilaga A."));
    String flat = compact.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Övriga 3 flaggade parter")
        .contains("report.xlsx")
        .contains("results.csv")
        .contains("Org.nr Namn Beslut Regler Klausuler");
    int dalby = flat.indexOf("556001-0005 Dalby El AB");
    int alby = flat.indexOf("556001-0001 Alby Måleri AB");
    int jonsson = flat.indexOf("920712-**** Jönssons Kakel");
    assertThat(dalby).isPositive().isLessThan(alby);
    assertThat(jonsson).isPositive();
    assertThat(flat)
        .contains("REGISTRY_UNAVAILABLE")
        .contains("CREDIT_RISK")
        .contains("TAX_UNPAID");
    assertThat(text.replaceAll("\\s+", ""))
        .doesNotContain("9207122384")
        .doesNotContain("920712-2384");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        assertThat(pageText(document, page)).contains("Sida " + page + " av " + pages);
      }
    }
  }

  private static PartyResult flagged(String orgNo, String name, Decision decision, String rule) {
    return aPartyResult()
        .withOrgNo(orgNo)
        .named(name)
        .withContract("AVT-" + orgNo, "2026-03-01")
        .withFinding(aFinding(rule).basis("LOU 13 kap.").deciding(decision).saying("Fynd " + rule))
        .build();
  }

  private Path write(RunInfo run, List<PartyResult> parties, int maxDetailed) {
    var results = new InMemoryScreeningResults(run, parties, List.of(), List.of());
    SampleRun.writer(results, maxDetailed).writeRunFolder(run, out);
    return out.resolve(run.runId());
  }

  private static RunInfo withProcurements(RunInfo run, List<String> ids) {
    return new RunInfo(
        run.runId(),
        run.job(),
        run.startedAt(),
        run.finishedAt(),
        run.asOf(),
        run.actor(),
        run.language(),
        run.rulesVersion(),
        run.organisedCrimeProfile(),
        ids,
        run.inputs(),
        run.registryMode(),
        run.registrySources(),
        run.counts(),
        run.status());
  }

  private static String allText(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String pageText(Path pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return pageText(document, page);
    }
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }
}
