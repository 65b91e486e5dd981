package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import se.vendorscreening.intake.PartyRole;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The PDF's first pages, what an officer reads first and an auditor files: the procurement, who ran
 * the check and when, the registries with the dates of their data; then every party in one table,
 * most severe first, with its decision, the reason in a line and the legal basis; then the input
 * rows that named a party that was not screened.
 */
final class PdfFirstPages {

  static final List<Decision> SEVERITY_ORDER =
      List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW, Decision.CLEAR);

  private static final float[] PARTY_COLUMNS = {97, 77, 72, 63, 107, 79};
  private static final float[] NOT_SCREENED_COLUMNS = {95, 60, 90, 160, 90};

  /** Rows per easytable table, to bound the memory a table holds. */
  private static final int ROWS_PER_TABLE = 500;

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final PartyReasons reasons;
  private final RegistryDates registries;
  private final Function<String, Optional<String>> titles;

  PdfFirstPages(
      PdfFlow flow,
      ReportTexts texts,
      PartyReasons reasons,
      RegistryDates registries,
      Function<String, Optional<String>> titles) {
    this.flow = flow;
    this.texts = texts;
    this.reasons = reasons;
    this.registries = registries;
    this.titles = titles;
  }

  void writeHeader(RunInfo run, String title) throws IOException {
    flow.heading(title, 18);
    if (run.readNoRepresentatives()) {
      flow.paragraph(texts.get("pdf.header.noRepresentatives"), 11);
    }
    List<String[]> header = new ArrayList<>();
    header.add(pair("pdf.header.procurements", procurements(run)));
    header.add(pair("pdf.header.actor", run.actor()));
    header.add(
        pair(
            "pdf.header.time",
            texts.timestamp(run.startedAt()) + " – " + texts.timestamp(run.finishedAt())));
    header.add(pair("pdf.header.asOf", texts.date(run.asOf())));
    header.add(pair("pdf.header.registries", String.join("\n", registries.lines())));
    header.add(pair("pdf.header.runId", run.runId()));
    header.add(pair("pdf.header.rulesVersion", run.rulesVersion()));
    header.add(
        pair(
            "pdf.header.organisedCrimeProfile",
            texts.getOrDefault(
                "organisedCrimeProfile." + run.organisedCrimeProfile(),
                String.valueOf(run.organisedCrimeProfile()))));
    flow.keyValues(header, 130);
    flow.paragraph(texts.get("pdf.header.privacy"), 8);
  }

  /** Each procurement as "case number – title", the first few, then how many more. */
  private String procurements(RunInfo run) {
    List<String> ids = run.procurementIds() == null ? List.of() : run.procurementIds();
    List<String> lines = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(ids.size(), PdfReportWriter.HEADER_PROCUREMENTS))) {
      lines.add(titles.apply(id).map(title -> id + " – " + title).orElse(id));
    }
    if (ids.size() > PdfReportWriter.HEADER_PROCUREMENTS) {
      lines.add(
          texts.get(
              "pdf.header.moreProcurements",
              Integer.toString(ids.size() - PdfReportWriter.HEADER_PROCUREMENTS)));
    }
    return String.join("\n", lines);
  }

  /**
   * Every party, or only the flagged ones when {@code clearToo} is false (a large run, whose clear
   * parties are counted and listed in the workbook), most severe first.
   */
  void writeParties(RunInfo run, ScreeningResults results, boolean clearToo, long maxRows)
      throws IOException {
    flow.heading(texts.get("pdf.parties.title"), 14);
    flow.paragraph(decisionCounts(run), 9);
    long tenderers = 0;
    long subcontractors = 0;
    long listed = 0;
    List<String[]> rows = new ArrayList<>();
    List<Color> fills = new ArrayList<>();
    for (Decision decision : SEVERITY_ORDER) {
      if (decision == Decision.CLEAR && !clearToo) {
        continue;
      }
      if (run.counts() != null && run.counts().getOrDefault(decision, 0L) == 0) {
        continue; // spares the database a scan of the run for nothing
      }
      try (Stream<PartyResult> parties = results.results(run.runId(), decision)) {
        for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
          if (party.role() == PartyRole.SUBCONTRACTOR) {
            subcontractors++;
          } else {
            tenderers++;
          }
          if (listed++ >= maxRows) {
            continue; // counted, not listed
          }
          rows.add(row(party));
          fills.add(DecisionColours.fill(party.decision()));
          if (rows.size() == ROWS_PER_TABLE) {
            drawParties(rows, fills);
          }
        }
      }
    }
    if (!rows.isEmpty()) {
      drawParties(rows, fills);
    }
    if (clearToo) {
      flow.paragraph(
          texts.get("pdf.parties.total", tenderers + subcontractors, tenderers, subcontractors), 9);
    } else {
      long clear = run.counts() == null ? 0 : run.counts().getOrDefault(Decision.CLEAR, 0L);
      flow.paragraph(
          texts.get(
              "pdf.parties.flaggedTotal",
              tenderers + subcontractors,
              tenderers,
              subcontractors,
              clear),
          9);
      if (listed > maxRows) {
        flow.paragraph(texts.get("pdf.parties.notListed", maxRows, listed - maxRows), 9);
      }
    }
  }

  private String decisionCounts(RunInfo run) {
    Map<Decision, Long> counts = run.counts() == null ? Map.of() : run.counts();
    List<String> parts = new ArrayList<>();
    for (Decision decision : SEVERITY_ORDER) {
      parts.add(texts.decision(decision) + ": " + counts.getOrDefault(decision, 0L));
    }
    return String.join(" · ", parts);
  }

  private String[] row(PartyResult party) {
    return new String[] {
      party.name(),
      PdfReportWriter.maskedNumber(party.orgNo()),
      reasons.role(party),
      texts.decision(party.decision()),
      reasons.reason(party),
      reasons.legalBasis(party)
    };
  }

  private void drawParties(List<String[]> rows, List<Color> fills) throws IOException {
    flow.table(
        PARTY_COLUMNS,
        new String[] {
          texts.get("pdf.parties.name"),
          texts.get("pdf.parties.orgNo"),
          texts.get("pdf.parties.role"),
          texts.get("pdf.parties.decision"),
          texts.get("pdf.parties.reason"),
          texts.get("pdf.parties.legalBasis")
        },
        rows,
        fills);
    rows.clear();
    fills.clear();
  }

  /** The input rows that were rejected, each marked as not screened. */
  void writeNotScreened(List<RejectedRow> rejected) throws IOException {
    flow.heading(texts.get("pdf.notScreened.title"), 12);
    if (rejected.isEmpty()) {
      flow.paragraph(texts.get("pdf.notScreened.none"), 9);
      return;
    }
    flow.paragraph(texts.get("pdf.notScreened.intro", rejected.size()), 9);
    List<String[]> rows = new ArrayList<>();
    for (RejectedRow row : rejected) {
      rows.add(
          new String[] {
            texts.get("pdf.notScreened.status"),
            row.file() + ":" + row.line(),
            row.column(),
            row.reason(),
            row.value()
          });
    }
    flow.table(
        NOT_SCREENED_COLUMNS,
        new String[] {
          texts.get("pdf.notScreened.statusColumn"),
          texts.get("pdf.notScreened.where"),
          texts.get("column.column"),
          texts.get("column.reason"),
          texts.get("column.value")
        },
        rows,
        null);
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }
}
