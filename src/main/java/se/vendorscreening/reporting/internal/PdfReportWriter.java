package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Writes report.pdf (SPEC section 8): header, summary with chart, the changes of a re-check, one
 * section per flagged party (most severe first), and the appendices. Pages are buffered in
 * temporary files rather than memory, and numbered in a second pass once the count is known.
 */
final class PdfReportWriter {

  private static final List<Decision> FLAGGED_ORDER =
      List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW);

  /** Procurement ids the header names; the rest are counted (all are in the workbook). */
  static final int HEADER_PROCUREMENTS = 5;

  /** Rows of the compact table per easytable table, to bound the memory a table holds. */
  private static final int COMPACT_ROWS_PER_TABLE = 500;

  private static final float[] COMPACT_COLUMNS = {60, 125, 95, 120, 95};

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final FindingDescriptions descriptions;
  private final ApplicableClauses clauses;
  private final ClauseCatalogue catalogue;
  private final int maxDetailedParties;

  PdfReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      FindingDescriptions descriptions,
      ApplicableClauses clauses,
      ClauseCatalogue catalogue,
      int maxDetailedParties) {
    this.results = results;
    this.texts = texts;
    this.descriptions = descriptions;
    this.clauses = clauses;
    this.catalogue = catalogue;
    this.maxDetailedParties = maxDetailedParties;
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
      SortedSet<String> compactClauses = writeFlaggedParties(flow, run);
      writeClearedByOverride(flow, run);
      new PdfAppendices(flow, texts, catalogue, results).write(run, compactClauses);
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
    if (run.readNoRepresentatives()) {
      flow.paragraph(texts.get("pdf.header.noRepresentatives"), 11);
    }
    List<String[]> header = new ArrayList<>();
    header.add(pair("pdf.header.procurements", procurements(run)));
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

  /** The first few procurement ids, then how many more there are. */
  private String procurements(RunInfo run) {
    List<String> ids = nullToEmpty(run.procurementIds());
    if (ids.size() <= HEADER_PROCUREMENTS) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, HEADER_PROCUREMENTS))
        + " "
        + texts.get(
            "pdf.header.moreProcurements", Integer.toString(ids.size() - HEADER_PROCUREMENTS));
  }

  /**
   * The flagged parties, most severe first: the first {@code maxDetailedParties} with a full
   * section, the rest one row each in a compact table.
   *
   * @return the ids of the clauses that apply to the parties of the compact table
   */
  private SortedSet<String> writeFlaggedParties(PdfFlow flow, RunInfo run) throws IOException {
    flow.newPage();
    flow.heading(texts.get("pdf.flagged.title"), 14);
    PdfPartySection section = new PdfPartySection(flow, texts, descriptions, clauses);
    long flagged = flaggedCount(run);
    SortedSet<String> compactClauses = new TreeSet<>();
    List<String[]> compactRows = new ArrayList<>();
    List<Color> compactFills = new ArrayList<>();
    long written = 0;
    for (Decision decision : FLAGGED_ORDER) {
      if (run.counts() != null && run.counts().getOrDefault(decision, 0L) == 0) {
        continue; // spares the database a scan of the run for nothing
      }
      try (Stream<PartyResult> parties = results.results(run.runId(), decision)) {
        for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
          if (written < maxDetailedParties) {
            section.write(party);
          } else {
            if (written == maxDetailedParties) {
              startCompactTable(flow, Math.max(flagged - written, 1));
            }
            SortedSet<String> clauseIds = clauses.forParty(party);
            compactClauses.addAll(clauseIds);
            compactRows.add(
                new String[] {
                  maskedNumber(party.orgNo()),
                  party.name(),
                  texts.decision(party.decision()),
                  String.join(", ", party.ruleIds()),
                  String.join(", ", clauseIds)
                });
            compactFills.add(DecisionColours.fill(party.decision()));
            if (compactRows.size() == COMPACT_ROWS_PER_TABLE) {
              drawCompactRows(flow, compactRows, compactFills);
            }
          }
          written++;
        }
      }
    }
    if (!compactRows.isEmpty()) {
      drawCompactRows(flow, compactRows, compactFills);
    }
    if (written == 0) {
      flow.paragraph(texts.get("pdf.flagged.none"), 10);
    }
    return compactClauses;
  }

  /**
   * The parties an officer's override cleared, each with its section (who decided, when, why, until
   * when and the records covered): without it a cleared party would not appear in the PDF at all.
   */
  private void writeClearedByOverride(PdfFlow flow, RunInfo run) throws IOException {
    if (run.counts() != null && run.counts().getOrDefault(Decision.CLEAR, 0L) == 0) {
      return;
    }
    PdfPartySection section = new PdfPartySection(flow, texts, descriptions, clauses);
    boolean first = true;
    try (Stream<PartyResult> parties = results.clearedByOverride(run.runId())) {
      for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
        if (first) {
          flow.heading(texts.get("pdf.overridden.title"), 14);
          flow.paragraph(texts.get("pdf.overridden.intro"), 9);
          first = false;
        }
        section.write(party);
      }
    }
  }

  /** Flagged parties by the run's counts; -1 when the run has no counts. */
  private static long flaggedCount(RunInfo run) {
    if (run.counts() == null) {
      return -1;
    }
    long flagged = 0;
    for (Decision decision : FLAGGED_ORDER) {
      flagged += run.counts().getOrDefault(decision, 0L);
    }
    return flagged;
  }

  private void startCompactTable(PdfFlow flow, long remaining) throws IOException {
    flow.heading(texts.get("pdf.flagged.compact.title"), 12);
    flow.paragraph(
        texts.get(
            "pdf.flagged.compact.intro",
            Integer.toString(maxDetailedParties),
            remaining > 0 ? Long.toString(remaining) : "–"),
        9);
  }

  private void drawCompactRows(PdfFlow flow, List<String[]> rows, List<Color> fills)
      throws IOException {
    flow.table(
        COMPACT_COLUMNS,
        new String[] {
          texts.get("pdf.flagged.compact.orgNo"),
          texts.get("pdf.flagged.compact.name"),
          texts.get("pdf.flagged.compact.decision"),
          texts.get("pdf.flagged.compact.rules"),
          texts.get("pdf.flagged.compact.clauses")
        },
        rows,
        fills);
    rows.clear();
    fills.clear();
  }

  /** The number as the report shows it: a personal number (a sole trader's) masked. */
  private static String maskedNumber(String orgNo) {
    if (orgNo == null) {
      return "";
    }
    try {
      return IdentityNumber.parse(orgNo).masked();
    } catch (RuntimeException notANumber) {
      return PersonalNumbers.mask(orgNo);
    }
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }

  private static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
