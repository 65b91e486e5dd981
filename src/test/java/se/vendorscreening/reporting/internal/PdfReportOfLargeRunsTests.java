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
import se.vendorscreening.screening.OutputFile;
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
        .contains("UH-2026/0001 UH-2026/0002")
        .contains("… och 495 till")
        .doesNotContain("UH-2026/0006");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(Files.newInputStream(folder.resolve("report.xlsx")))) {
      var summary = workbook.getSheet("Sammanfattning");
      assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("UH-2026/0001");
      assertThat(summary.getRow(500).getCell(1).getStringCellValue()).isEqualTo("UH-2026/0500");
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
  void keepsTheReportOfALargeRunASummaryAndWritesACertificateFilePerParty() throws IOException {
    // given five flagged parties (out of the report's order) and one clear one
    List<PartyResult> parties =
        List.of(
            flagged("556001-0001", "Alby Måleri AB", Decision.REVIEW, "CREDIT_RISK"),
            flagged("556001-0002", "Björksätra Bygg AB", Decision.EXCLUDE, "CONVICTION_MANDATORY"),
            aPartyResult().withOrgNo("556001-0003").named("Cedervalls Rör AB").build(),
            flagged(
                "199207122384", "Jönssons Kakel (enskild firma)", Decision.REVIEW, "TAX_UNPAID"),
            flagged("556001-0005", "Dalby El AB", Decision.INCOMPLETE, "CHECK_FAILED"),
            flagged("556001-0006", "Edsbergs Tak AB", Decision.EXCLUDE, "TAX_UNPAID_FINAL"));
    RunInfo run =
        SampleRun.run(
            "20261128-050000-screen-5", "screen", Locale.forLanguageTag("sv-SE"), parties);

    // when the run is larger than the certificates report.pdf holds (3), listing two flagged ones
    var results = new InMemoryScreeningResults(run, parties, List.of(), List.of());
    List<OutputFile> outputs = SampleRun.writer(results, 2, 3).writeRunFolder(run, out);
    Path folder = out.resolve(run.runId());

    // then report.pdf lists the two most severe, counts the rest, and holds no certificate
    String text = allText(folder.resolve("report.pdf"));
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Björksätra Bygg AB")
        .contains("Edsbergs Tak AB")
        .doesNotContain("Dalby El AB")
        .doesNotContain("Cedervalls Rör AB")
        .contains("5 flaggade parter")
        .contains("3 flaggade parter till")
        .contains("1 part utan anmärkningar listas i report.xlsx");
    assertThat(text).doesNotContain("Intyg:");
    // and every party, the clear one too, has a certificate file, listed in the manifest
    List<String> certificates =
        outputs.stream()
            .map(OutputFile::name)
            .filter(name -> name.startsWith("certificates/"))
            .toList();
    assertThat(certificates)
        .containsExactly(
            "certificates/000001-920712-xxxx.pdf",
            "certificates/000002-556001-0001.pdf",
            "certificates/000003-556001-0002.pdf",
            "certificates/000004-556001-0003.pdf",
            "certificates/000005-556001-0005.pdf",
            "certificates/000006-556001-0006.pdf");
    // the manifest lists the tables, the letters, the certificates, then the reports
    List<String> names = outputs.stream().map(OutputFile::name).toList();
    int firstCertificate = names.indexOf(certificates.get(0));
    assertThat(names.subList(0, 2)).containsExactly("results.csv", "rejected-rows.csv");
    // the excluded parties' letters first, then the reviewed, numbered so, in the run's order
    assertThat(names.subList(2, firstCertificate))
        .containsExactly(
            "kommunicering-001-556001-0002.pdf",
            "kommunicering-002-556001-0006.pdf",
            "kommunicering-003-920712-xxxx.pdf",
            "kommunicering-004-556001-0001.pdf");
    assertThat(names.subList(firstCertificate, names.size()))
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(
                    certificates.stream(),
                    java.util.stream.Stream.of(
                        "report.pdf", "report.xlsx", "manifest.json", "manifest.sig"))
                .toList());
    assertThat(Files.readString(folder.resolve("manifest.json")))
        .contains("certificates/000004-556001-0003.pdf");
    String clear = allText(folder.resolve("certificates/000004-556001-0003.pdf"));
    assertThat(clear)
        .contains("Intyg: Cedervalls Rör AB")
        .contains("Inga anmärkningar")
        .contains("Skatteskulder och andra skulder hos Kronofogden: inga")
        .contains("Sida 1 av 1");
    String soleTrader = allText(folder.resolve("certificates/000001-920712-xxxx.pdf"));
    assertThat(soleTrader.replaceAll("\\s+", ""))
        .contains("920712-****")
        .doesNotContain("9207122384")
        .doesNotContain("920712-2384");
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
