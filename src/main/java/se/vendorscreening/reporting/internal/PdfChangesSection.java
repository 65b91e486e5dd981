package se.vendorscreening.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The re-check's changes since each party's previous check, first in the report: what moved, and
 * the contracts now at risk with the clauses that allow their termination.
 */
final class PdfChangesSection {

  private static final float[] COLUMNS = {62, 88, 85, 125, 135};

  private final PdfFlow flow;
  private final ReportTexts texts;
  private final ApplicableClauses clauses;
  private final FindingWords words;

  PdfChangesSection(
      PdfFlow flow, ReportTexts texts, ApplicableClauses clauses, FindingWords words) {
    this.flow = flow;
    this.texts = texts;
    this.clauses = clauses;
    this.words = words;
  }

  void write(String runId, ScreeningResults results) throws IOException {
    flow.heading(texts.get("pdf.changes.title"), 14);
    List<String[]> rows = new ArrayList<>();
    List<Color> fills = new ArrayList<>();
    long unchanged = 0;
    try (Stream<PartyChange> changes = results.changes(runId)) {
      for (PartyChange change : (Iterable<PartyChange>) changes::iterator) {
        if (change.change() == ChangeClass.UNCHANGED) {
          unchanged++;
          continue;
        }
        PartyResult party = change.result();
        rows.add(
            new String[] {
              PdfReportWriter.maskedNumber(party.orgNo()),
              party.name(),
              texts.get("change." + change.change().name())
                  + "\n"
                  + (change.previousDecision() == null
                      ? "–"
                      : texts.decision(change.previousDecision()))
                  + " → "
                  + texts.decision(party.decision()),
              rules(party),
              contractsAtRisk(party)
            });
        fills.add(party.isFlagged() ? DecisionColours.fill(party.decision()) : null);
      }
    }
    if (rows.isEmpty()) {
      flow.paragraph(texts.get("pdf.changes.none"), 10);
    } else {
      flow.table(
          COLUMNS,
          new String[] {
            texts.get("pdf.changes.orgNo"),
            texts.get("pdf.changes.name"),
            texts.get("pdf.changes.change"),
            texts.get("pdf.changes.rules"),
            texts.get("pdf.changes.contracts")
          },
          rows,
          fills);
    }
    flow.paragraph(texts.get("pdf.changes.unchanged", Long.toString(unchanged)), 9);
  }

  /** The rules that fire, each as its title in words, e.g. "Andra skulder hos Kronofogden". */
  private String rules(PartyResult party) {
    if (party.ruleIds().isEmpty()) {
      return texts.get("pdf.changes.noRules");
    }
    return party.ruleIds().stream()
        .map(words::ruleTitle)
        .distinct()
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private String contractsAtRisk(PartyResult party) {
    if (!party.isFlagged()) {
      return String.join(", ", ResultsCsvWriter.contractIds(party));
    }
    List<String> lines = new ArrayList<>();
    party
        .contracts()
        .forEach(
            contract -> {
              String ids = String.join(", ", clauses.forContract(party, contract));
              lines.add(contract.contractId() + (ids.isEmpty() ? "" : ": " + ids));
            });
    return String.join("\n", lines);
  }
}
