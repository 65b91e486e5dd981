package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vendorscreening.reporting.internal.FindingBuilder.aFinding;
import static se.vendorscreening.reporting.internal.PartyResultBuilder.aPartyResult;

import java.nio.file.Path;
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
 * An arrow of the network picture whose person holds five roles in the company names all five, on
 * lines broken between roles (a role's words on one line); before, the label was cut after two
 * lines ("styrelseordförande, styrelseledamot och …").
 */
class NetworkEdgeLabelTests {

  private static final String RUN_ID = "20261203-140000-screen-9";

  @TempDir Path out;

  @Test
  void anArrowWithFiveRolesNamesEveryRoleWithoutCuttingOne() throws Exception {
    Node ulf = new Node(Node.PERSON, "Ulf Grönkvist", "780102-****", null, null);
    Node company = new Node(Node.COMPANY, "Stuvsta Rör & Värme AB", "553447-8523", "SE", null);
    GraphEdge seats =
        new GraphEdge(
            ulf,
            GraphEdge.REPRESENTS,
            "CHAIR+BOARD+CEO+SIGNATORY+BENEFICIAL_OWNER",
            null,
            java.time.LocalDate.of(2025, 12, 1),
            null,
            company);
    PartyResult party =
        aPartyResult()
            .named(company.name())
            .withOrgNo(company.number())
            .withDecision(Decision.REVIEW)
            .withFinding(
                aFinding("FRONT_PERSON")
                    .deciding(Decision.REVIEW)
                    .matched(null, null)
                    .evidence("explanation_path", "…")
                    .evidence(
                        ExplanationEdges.EVIDENCE_KEY, ExplanationEdges.write(List.of(seats))))
            .build();
    RunInfo run = SampleRun.run(RUN_ID, "screen", Locale.forLanguageTag("sv-SE"), List.of(party));
    SampleRun.writer(new InMemoryScreeningResults(run, List.of(party), List.of(), List.of()))
        .writeRunFolder(run, out);

    String text;
    try (PDDocument pdf = Loader.loadPDF(out.resolve(RUN_ID).resolve("report.pdf").toFile())) {
      text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
    }
    String section = text.substring(text.indexOf("Nätverk\n"));
    String label =
        section
            .substring(section.indexOf("styrelseordförande"), section.indexOf("från 2025-12-01"))
            .replaceAll("\\s+", " ");

    assertThat(label)
        .isEqualTo("styrelseordförande, styrelseledamot, vd, firmatecknare och verklig huvudman ");
    // broken between roles only: a role's words stay on one line
    assertThat(section).contains("verklig huvudman");
  }
}
