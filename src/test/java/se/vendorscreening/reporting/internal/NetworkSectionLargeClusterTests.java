package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.vendorscreening.graph.ExplanationEdges;
import se.vendorscreening.graph.GraphEdge;
import se.vendorscreening.graph.GraphEdge.Node;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.shared.Decision;

/**
 * A register of 100,000 vendors with the person signals on joins thousands of flagged parties
 * through front persons into one cluster: report.pdf is still written, listing ten of them by name
 * and counting the rest, whether the cluster is drawn or, after the pictures, a row of the table of
 * clusters not drawn (the 100,000-vendor benchmark failed there: one table row held every flagged
 * party and no page could hold the row).
 */
class NetworkSectionLargeClusterTests {

  private static final String RUN_ID = "20261203-100000-screen-7";
  private static final int FLAGGED = 1_500;

  @TempDir Path out;

  private static String orgNo(int i) {
    return String.format("55%04d-%04d", i / 10_000 + 10, i % 10_000);
  }

  private static List<PartyResult> giantCluster(String prefix, Decision decision) {
    Node henrik = new Node(Node.PERSON, "Henrik Lind", "580726-****", null, null);
    List<PartyResult> parties = new ArrayList<>();
    for (int i = 0; i < FLAGGED; i++) {
      Node company = new Node(Node.COMPANY, prefix + " " + i + " AB", orgNo(i), "SE", null);
      GraphEdge seat =
          new GraphEdge(henrik, GraphEdge.REPRESENTS, "BOARD", null, null, null, company);
      parties.add(
          aPartyResult()
              .named(company.name())
              .withOrgNo(company.number())
              .withDecision(decision)
              .withFinding(
                  aFinding("FRONT_PERSON")
                      .deciding(decision)
                      .matched(null, null)
                      .evidence("explanation_path", "…")
                      .evidence(
                          ExplanationEdges.EVIDENCE_KEY, ExplanationEdges.write(List.of(seat))))
              .build());
    }
    return parties;
  }

  /** Thirty clusters more severe than the giant one, so that it comes after the pictures. */
  private static List<PartyResult> excludedOwnerships() {
    List<PartyResult> parties = new ArrayList<>();
    for (int i = 0; i < PdfNetworkSection.MAX_PICTURES; i++) {
      Node owner =
          new Node(Node.OWNER, "Owner " + i + " OOO", "RU-10277001321" + (10 + i), "RU", null);
      Node company =
          new Node(Node.COMPANY, "Ägt bolag " + i + " AB", orgNo(90_000 + i), "SE", null);
      GraphEdge owns = new GraphEdge(owner, GraphEdge.OWNS, null, 0.6, null, null, company);
      parties.add(
          aPartyResult()
              .named(company.name())
              .withOrgNo(company.number())
              .withDecision(Decision.EXCLUDE)
              .withFinding(
                  aFinding("SANCTIONED_OWNERSHIP")
                      .deciding(Decision.EXCLUDE)
                      .matched(null, null)
                      .evidence("explanation_path", "…")
                      .evidence(
                          ExplanationEdges.EVIDENCE_KEY, ExplanationEdges.write(List.of(owns))))
              .build());
    }
    return parties;
  }

  private String networkSection(List<PartyResult> parties) throws Exception {
    RunInfo run = SampleRun.run(RUN_ID, "screen", Locale.forLanguageTag("sv-SE"), parties);
    SampleRun.writer(new InMemoryScreeningResults(run, parties, List.of(), List.of()))
        .writeRunFolder(run, out);
    try (PDDocument pdf = Loader.loadPDF(out.resolve(RUN_ID).resolve("report.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
      int section = text.indexOf("Nätverk\n");
      assertThat(section).isPositive();
      return text.substring(section).replaceAll("\\s+", " ");
    }
  }

  @Test
  void aDrawnClusterOfThousandsListsTenFlaggedPartiesAndCountsTheRest() throws Exception {
    String network = networkSection(giantCluster("Styrelsebolag", Decision.REVIEW));

    assertThat(network)
        .containsPattern("Kluster 1: Styrelsebolag 0 AB \\(1.501 noder\\)")
        .containsPattern("och 1.490 flaggade parter till i klustret");
    String listed =
        network.substring(
            network.indexOf("Kluster 1:"), network.indexOf("flaggade parter till i klustret"));
    // by name: 0, 1, 10, 100, 1000 … 1005
    assertThat(listed.split("Möjlig målvakt i personkretsen", -1)).hasSize(11);
    assertThat(listed).contains("Styrelsebolag 1005 AB (550010-1005)");
  }

  @Test
  void aClusterOfThousandsAfterThePicturesIsOneShortRowOfTheTable() throws Exception {
    List<PartyResult> parties = new ArrayList<>(excludedOwnerships());
    parties.addAll(giantCluster("Styrelsebolag", Decision.REVIEW));

    String network = networkSection(parties);

    assertThat(network)
        .contains("Ett kluster till ritas inte")
        .containsPattern(
            "Styrelsebolag 0 AB \\(550010-0000\\): Granska.*och 1.490 flaggade parter till i"
                + " klustret");
  }
}
