package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * Writes report.pdf (SPEC section 8): header, summary with chart, the changes of a re-check, one
 * section per flagged party (most severe first), and the appendices. Pages are buffered in
 * temporary files rather than memory, and numbered in a second pass once the count is known.
 */
final class PdfReportWriter {

  private static final List<Decision> FLAGGED_ORDER =
      List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW);

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final FindingDescriptions descriptions;
  private final ApplicableClauses clauses;
  private final ClauseCatalogue catalogue;

  PdfReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      FindingDescriptions descriptions,
      ApplicableClauses clauses,
      ClauseCatalogue catalogue) {
    this.results = results;
    this.texts = texts;
    this.descriptions = descriptions;
    this.clauses = clauses;
    this.catalogue = catalogue;
  }

  void write(RunInfo run, Path file) throws IOException {
    try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
      PdfFlow flow = new PdfFlow(document);
      describe(document, run);
      writeHeader(flow, run);
      writeSummary(flow, run);
      if (isRecheck(run)) {
        new PdfChangesSection(flow, texts, clauses).write(run.runId(), results);
      }
      writeFlaggedParties(flow, run);
      new PdfAppendices(flow, texts, catalogue, results).write(run);
      PdfPageNumbers.stamp(flow, texts, run.runId());
      java.nio.file.Files.deleteIfExists(file);
      document.save(file.toFile());
    }
  }

  static boolean isRecheck(RunInfo run) {
    return "recheck".equalsIgnoreCase(run.job());
  }

  private void describe(PDDocument document, RunInfo run) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(texts.get(isRecheck(run) ? "pdf.title.recheck" : "pdf.title.screen"));
    info.setSubject(run.runId());
    info.setCreator("vendor-screening");
    // Fixed dates keep the file a function of the run, not of the clock that wrote it.
    if (run.finishedAt() != null) {
      java.util.Calendar finished =
          java.util.GregorianCalendar.from(
              run.finishedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")));
      info.setCreationDate(finished);
      info.setModificationDate(finished);
    }
  }

  private void writeHeader(PdfFlow flow, RunInfo run) throws IOException {
    flow.heading(texts.get(isRecheck(run) ? "pdf.title.recheck" : "pdf.title.screen"), 18);
    List<String[]> header = new ArrayList<>();
    header.add(
        pair("pdf.header.procurements", String.join(", ", nullToEmpty(run.procurementIds()))));
    header.add(pair("pdf.header.runId", run.runId()));
    header.add(pair("pdf.header.job", run.job()));
    header.add(pair("pdf.header.asOf", texts.date(run.asOf())));
    header.add(pair("pdf.header.actor", run.actor()));
    header.add(
        pair(
            "pdf.header.time",
            texts.timestamp(run.startedAt()) + " – " + texts.timestamp(run.finishedAt())));
    header.add(pair("pdf.header.rulesVersion", run.rulesVersion()));
    header.add(
        pair(
            "pdf.header.organisedCrimeProfile",
            texts.getOrDefault(
                "organisedCrimeProfile." + run.organisedCrimeProfile(),
                String.valueOf(run.organisedCrimeProfile()))));
    header.add(pair("pdf.header.registryMode", run.registryMode()));
    header.add(pair("pdf.header.clausesVersion", catalogue.version()));
    header.add(pair("pdf.header.status", run.status()));
    flow.keyValues(header, 170);
    flow.paragraph(texts.get("pdf.header.privacy"), 8);
  }

  private void writeSummary(PdfFlow flow, RunInfo run) throws IOException {
    flow.heading(texts.get("pdf.summary.title"), 14);
    Map<Decision, Long> counts = run.counts() == null ? Map.of() : run.counts();
    List<String[]> rows = new ArrayList<>();
    List<Color> fills = new ArrayList<>();
    long total = 0;
    for (Decision decision :
        List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW, Decision.CLEAR)) {
      long count = counts.getOrDefault(decision, 0L);
      total += count;
      rows.add(
          new String[] {
            texts.decision(decision),
            texts.get("decision.meaning." + decision),
            Long.toString(count)
          });
      fills.add(DecisionColours.fill(decision));
    }
    rows.add(new String[] {texts.get("pdf.summary.total"), "", Long.toString(total)});
    fills.add(null);
    flow.table(
        new float[] {130, 305, 60},
        new String[] {
          texts.get("pdf.summary.decision"),
          texts.get("pdf.summary.meaning"),
          texts.get("pdf.summary.count")
        },
        rows,
        fills);
    PdfDecisionChart.draw(flow, texts, counts);
  }

  private void writeFlaggedParties(PdfFlow flow, RunInfo run) throws IOException {
    flow.newPage();
    flow.heading(texts.get("pdf.flagged.title"), 14);
    PdfPartySection section = new PdfPartySection(flow, texts, descriptions, clauses);
    boolean any = false;
    for (Decision decision : FLAGGED_ORDER) {
      try (Stream<PartyResult> parties = results.results(run.runId())) {
        for (PartyResult party :
            (Iterable<PartyResult>) parties.filter(p -> p.decision() == decision)::iterator) {
          section.write(party);
          any = true;
        }
      }
    }
    if (!any) {
      flow.paragraph(texts.get("pdf.flagged.none"), 10);
    }
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
