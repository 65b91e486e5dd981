package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

/**
 * The "Nätverk" section of report.pdf and the network sheet of report.xlsx, read back with PDFBox
 * and POI, for a run whose graph findings carry their explanation edges: a sanctioned ownership
 * chain, a person shared by two tenderers, a front person on more boards than a picture shows, and
 * a flagged subcontractor.
 */
class NetworkReportTests {

  private static final String RUN_ID = "20261202-100000-screen-9";

  private static final Node VOLGA =
      new Node(Node.OWNER, "Volga Invest OOO", "RU-1027700132195", "RU", null);
  private static final Node HOLDING =
      new Node(Node.COMPANY, "Myrstuguberget Holding AB", "559412-7309", "SE", null);
  private static final Node KAKEL =
      new Node(Node.COMPANY, "Myrstuguberget Kakel & Klinker AB", "559229-0083", "SE", null);
  private static final Node LARS = new Node(Node.PERSON, "Lars Ström", "910509-****", null, null);
  private static final Node HENRIK =
      new Node(Node.PERSON, "Henrik Dahl", "920712-****", null, null);
  private static final int FRONT_COMPANIES = 24;

  @TempDir static Path out;

  private static Path folder;
  private static String pdfText;

  @BeforeAll
  static void writeTheRunFolder() throws Exception {
    List<PartyResult> parties = new ArrayList<>();
    parties.add(
        aPartyResult()
            .named(KAKEL.name())
            .withOrgNo(KAKEL.number())
            .withDecision(Decision.EXCLUDE)
            .withFinding(
                graphFinding(
                    "SANCTIONED_OWNERSHIP",
                    Decision.EXCLUDE,
                    new GraphEdge(VOLGA, GraphEdge.OWNS, null, 0.4, null, null, HOLDING),
                    new GraphEdge(HOLDING, GraphEdge.OWNS, null, 0.6, null, null, KAKEL),
                    new GraphEdge(VOLGA, GraphEdge.OWNS, null, 0.3, null, null, KAKEL)))
            .build());
    Node vårby = new Node(Node.COMPANY, "Vårby Elinstallationer AB", "555450-3523", "SE", null);
    Node segeltorp = new Node(Node.COMPANY, "Segeltorps Transport AB", "557346-0838", "SE", null);
    GraphEdge onVårby =
        new GraphEdge(
            LARS, GraphEdge.REPRESENTS, "BOARD", null, LocalDate.parse("2019-03-01"), null, vårby);
    GraphEdge onSegeltorp =
        new GraphEdge(
            LARS,
            GraphEdge.REPRESENTS,
            "CEO",
            0.25,
            LocalDate.parse("2018-01-15"),
            LocalDate.parse("2024-02-01"),
            segeltorp);
    parties.add(
        aPartyResult()
            .named(vårby.name())
            .withOrgNo(vårby.number())
            .withDecision(Decision.REVIEW)
            .withFinding(graphFinding("SHARED_PERSONS", Decision.REVIEW, onVårby, onSegeltorp))
            .build());
    parties.add(
        aPartyResult()
            .named(segeltorp.name())
            .withOrgNo(segeltorp.number())
            .withDecision(Decision.REVIEW)
            .withFinding(graphFinding("SHARED_PERSONS", Decision.REVIEW, onSegeltorp, onVårby))
            .build());
    List<GraphEdge> boards = new ArrayList<>();
    for (int i = 0; i < FRONT_COMPANIES; i++) {
      boards.add(
          new GraphEdge(
              HENRIK,
              GraphEdge.REPRESENTS,
              "BOARD",
              null,
              null,
              null,
              new Node(Node.COMPANY, "Styrelsebolag " + i + " AB", orgNo(i), "SE", null)));
    }
    parties.add(
        aPartyResult()
            .named("Styrelsebolag 0 AB")
            .withOrgNo(orgNo(0))
            .withDecision(Decision.REVIEW)
            .withFinding(
                graphFinding("FRONT_PERSON", Decision.REVIEW, boards.toArray(GraphEdge[]::new)))
            .build());
    parties.add(
        aPartyResult()
            .named("Stensättra Entreprenad AB")
            .withOrgNo("555589-0655")
            .withDecision(Decision.REVIEW)
            .withFinding(
                aFinding("SUBCONTRACTOR_FLAGGED")
                    .deciding(Decision.REVIEW)
                    .about("Östra Sjödalens Snickeri AB", "SUBCONTRACTOR", "559938-9847")
                    .evidence("subcontractor_org_no", "559938-9847")
                    .evidence("subcontractor_name", "Östra Sjödalens Snickeri AB")
                    .evidence("subcontractor_decision", "EXCLUDE"))
            .build());
    parties.add(
        aPartyResult()
            .named("Östra Sjödalens Snickeri AB")
            .withOrgNo("559938-9847")
            .asSubcontractorOf("555589-0655")
            .withDecision(Decision.EXCLUDE)
            .withFinding(aFinding("TAX_UNPAID_FINAL").deciding(Decision.EXCLUDE))
            .build());
    parties.add(aPartyResult().named("Huddinge Bygg & Mark AB").withOrgNo("555242-9028").build());

    RunInfo run = SampleRun.run(RUN_ID, "screen", Locale.forLanguageTag("sv-SE"), parties);
    SampleRun.writer(new InMemoryScreeningResults(run, parties, List.of(), List.of()))
        .writeRunFolder(run, out);
    folder = out.resolve(RUN_ID);
    try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
      pdfText = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
    }
  }

  private static String orgNo(int i) {
    return String.format("5560%02d-%04d", i, 1000 + i);
  }

  private static FindingBuilder graphFinding(String rule, Decision decision, GraphEdge... edges) {
    return aFinding(rule)
        .deciding(decision)
        .matched(null, null)
        .evidence("explanation_path", "…")
        .evidence(ExplanationEdges.EVIDENCE_KEY, ExplanationEdges.write(List.of(edges)));
  }

  @Test
  void theNetworkSectionComesAfterThePartiesAndBeforeTheCertificatesWithAClusterEach() {
    int section = pdfText.indexOf("Nätverk\n");
    assertThat(section).isPositive().isGreaterThan(pdfText.indexOf("Alla parter"));
    assertThat(section).isLessThan(pdfText.indexOf("Intyg:"));
    String network = pdfText.substring(section, pdfText.indexOf("Intyg:"));
    // most severe first: the excluded owner chain, then the clusters under review by name
    assertThat(network)
        .contains("Kluster 1: Myrstuguberget Kakel & Klinker AB (3 noder)")
        .contains("Kluster 2: Segeltorps Transport AB (3 noder)")
        .contains("Kluster 3: Stensättra Entreprenad AB (2 noder)")
        .contains("Kluster 4: Styrelsebolag 0 AB (" + (FRONT_COMPANIES + 1) + " noder)");
    assertThat(network).doesNotContain("Huddinge Bygg & Mark AB");
    // a cluster of a subcontractor chain alone is said in words, not laid out and drawn
    assertThat(network)
        .contains(
            "Stensättra Entreprenad AB (555589-0655) \u2190 Östra Sjödalens Snickeri AB"
                + " (559938-9847)");
  }

  @Test
  void nodesAreLabelledWithNameAndNumberAndEdgesWithShareRoleAndDates() {
    String network = networkSection();
    assertThat(network)
        .contains("Volga Invest OOO")
        .contains("RU-1027700132195")
        .contains("Ägare, Ryssland")
        .contains("Myrstuguberget Holding AB")
        .contains("559412-7309")
        .contains("ägare 40 %")
        .contains("ägare 60 %")
        .contains("ägare 30 %")
        .contains("Lars Ström")
        .contains("910509-****")
        .contains("styrelseledamot")
        .contains("från 2019-03-01")
        .contains("vd, ägare 25 %")
        .contains("2018-01-15–2024-02-01")
        .contains("underleverantör till")
        .contains("Östra Sjödalens Snickeri AB")
        .contains("Uteslut");
  }

  @Test
  void noFullPersonalNumberOnlyMaskedOnes() {
    for (String full : SampleRun.FULL_PERSONAL_NUMBERS) {
      assertThat(pdfText).doesNotContain(full);
    }
    assertThat(networkSection()).contains("920712-****").contains("910509-****");
  }

  @Test
  void aClusterLargerThanAPictureShowsTheFlaggedPartyFirstAndListsTheRest() {
    String network = networkSection().replaceAll("\\s+", " ");
    int hidden = FRONT_COMPANIES + 1 - PdfNetworkSection.MAX_NODES;
    assertThat(network)
        .contains(hidden + " av " + (FRONT_COMPANIES + 1) + " noder visas inte")
        .contains("Styrelsebolag " + (FRONT_COMPANIES - 1) + " AB");
  }

  @Test
  void theReportWithItsPicturesIsStillPdfA2b() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (InputStream in = Files.newInputStream(folder.resolve("report.pdf"));
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
      assertThat(failed).isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }

  @Test
  void theWorkbookListsEveryEdgeOfEveryClusterWithTypedCells() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(folder.resolve("report.xlsx").toFile())) {
      Sheet sheet = workbook.getSheet("Nätverk");
      assertThat(sheet).isNotNull();
      Row header = sheet.getRow(0);
      List<String> titles = new ArrayList<>();
      header.forEach(cell -> titles.add(cell.getStringCellValue()));
      assertThat(titles)
          .containsExactly(
              "Kluster",
              "Från",
              "Från id-nummer",
              "Relation",
              "Till",
              "Till id-nummer",
              "Andel (%)",
              "Roll",
              "Från och med",
              "Till och med");
      // 3 ownership edges, 2 board seats, 24 front-person seats, 1 subcontractor: every one
      assertThat(sheet.getLastRowNum()).isEqualTo(3 + 2 + FRONT_COMPANIES + 1);

      Row volga = find(sheet, "Volga Invest OOO, Ryssland", "Myrstuguberget Holding AB");
      assertThat(volga.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(volga.getCell(0).getNumericCellValue()).isEqualTo(1d);
      assertThat(volga.getCell(2).getStringCellValue()).isEqualTo("RU-1027700132195");
      assertThat(volga.getCell(3).getStringCellValue()).isEqualTo("äger");
      assertThat(volga.getCell(5).getStringCellValue()).isEqualTo("559412-7309");
      assertThat(volga.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(volga.getCell(6).getNumericCellValue()).isEqualTo(40d);

      Row lars = find(sheet, "Lars Ström", "Segeltorps Transport AB");
      assertThat(lars.getCell(0).getNumericCellValue()).isEqualTo(2d);
      assertThat(lars.getCell(2).getStringCellValue()).isEqualTo("910509-****");
      assertThat(lars.getCell(3).getStringCellValue()).isEqualTo("företrädare för");
      assertThat(lars.getCell(6).getNumericCellValue()).isEqualTo(25d);
      assertThat(lars.getCell(7).getStringCellValue()).isEqualTo("vd");
      Cell since = lars.getCell(8);
      assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
      assertThat(since.getLocalDateTimeCellValue().toLocalDate()).hasToString("2018-01-15");
      assertThat(lars.getCell(9).getLocalDateTimeCellValue().toLocalDate())
          .hasToString("2024-02-01");

      Row subcontractor = find(sheet, "Östra Sjödalens Snickeri AB", "Stensättra Entreprenad AB");
      assertThat(subcontractor.getCell(3).getStringCellValue()).isEqualTo("underleverantör till");

      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getFitToPage()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            for (String full : SampleRun.FULL_PERSONAL_NUMBERS) {
              assertThat(cell.getStringCellValue()).doesNotContain(full);
            }
          }
        }
      }
    }
  }

  private static Row find(Sheet sheet, String from, String to) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && from.equals(row.getCell(1).getStringCellValue())
          && to.equals(row.getCell(4).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no edge " + from + " → " + to);
  }

  private static String networkSection() {
    int section = pdfText.indexOf("Nätverk\n");
    return pdfText.substring(section, pdfText.indexOf("Intyg:"));
  }
}
