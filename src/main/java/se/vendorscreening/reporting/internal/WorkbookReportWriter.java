package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * Writes report.xlsx (SPEC section 8) with POI's streaming workbook: the party sheets are filled in
 * one pass over the results, and only a window of rows per sheet is held in memory.
 */
final class WorkbookReportWriter {

  private static final int DECISION_COLUMN = 5;

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final FindingDescriptions descriptions;
  private final ApplicableClauses clauses;
  private final ClauseCatalogue catalogue;
  private final int rowsInMemory;

  WorkbookReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      FindingDescriptions descriptions,
      ApplicableClauses clauses,
      ClauseCatalogue catalogue,
      int rowsInMemory) {
    this.results = results;
    this.texts = texts;
    this.descriptions = descriptions;
    this.clauses = clauses;
    this.catalogue = catalogue;
    this.rowsInMemory = rowsInMemory;
  }

  void write(RunInfo run, Path file) throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(rowsInMemory);
    try {
      workbook.setCompressTempFiles(true);
      WorkbookStyles styles = new WorkbookStyles(workbook);
      WorkbookSheet summary = sheet(workbook, styles, "summary", "summary", new int[] {34, 70});
      WorkbookSheet flagged = sheet(workbook, styles, "flagged", "party", PARTY_WIDTHS);
      WorkbookSheet all = sheet(workbook, styles, "all", "party", PARTY_WIDTHS);
      WorkbookSheet findings = sheet(workbook, styles, "findings", "finding", FINDING_WIDTHS);
      WorkbookSheet clauseSheet =
          sheet(workbook, styles, "clauses", "clause", new int[] {20, 40, 40, 10, 120});
      WorkbookSheet rejected =
          sheet(workbook, styles, "rejected", "rejected", new int[] {30, 8, 20, 30, 60});
      WorkbookSheet inputs =
          sheet(workbook, styles, "inputs", "input", new int[] {14, 16, 50, 68, 12, 12});

      writeSummary(summary, styles, run);
      try (Stream<PartyResult> parties = results.results(run.runId())) {
        for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
          writeParty(all, styles, party);
          if (party.isFlagged()) {
            writeParty(flagged, styles, party);
          }
          for (Finding finding : party.findings()) {
            writeFinding(findings, styles, party, finding);
          }
        }
      }
      for (Clause clause : catalogue.all()) {
        clauseSheet.append(
            null,
            clause.id(),
            clause.title(),
            String.join("|", clause.rules()),
            texts.yesNo(clause.standard()),
            String.join("\n\n", clause.paragraphs()));
      }
      for (RejectedRow row : results.rejectedRows(run.runId())) {
        rejected.append(null, row.file(), row.line(), row.column(), row.value(), row.reason());
      }
      writeInputs(inputs, run);
      for (WorkbookSheet sheet :
          List.of(summary, flagged, all, findings, clauseSheet, rejected, inputs)) {
        sheet.finish();
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    } finally {
      workbook.close();
      workbook.dispose();
    }
  }

  private static final int[] PARTY_WIDTHS = {16, 15, 36, 14, 15, 13, 13, 34, 30, 22, 100};
  private static final int[] FINDING_WIDTHS = {
    16, 15, 30, 24, 22, 12, 10, 26, 14, 14, 20, 8, 50, 60, 12, 22
  };

  private WorkbookSheet sheet(
      SXSSFWorkbook workbook, WorkbookStyles styles, String name, String columns, int[] widths) {
    String[] header = texts.get("xlsx.columns." + columns).split("\\|");
    return new WorkbookSheet(
        workbook.createSheet(texts.get("xlsx.sheet." + name)), styles, header, widths);
  }

  private void writeSummary(WorkbookSheet sheet, WorkbookStyles styles, RunInfo run) {
    sheet.append(null, texts.get("pdf.header.procurements"), joined(run.procurementIds()));
    sheet.append(null, texts.get("pdf.header.runId"), run.runId());
    sheet.append(null, texts.get("pdf.header.job"), run.job());
    sheet.append(null, texts.get("pdf.header.asOf"), texts.date(run.asOf()));
    sheet.append(null, texts.get("pdf.header.actor"), run.actor());
    sheet.append(null, texts.get("xlsx.summary.started"), texts.timestamp(run.startedAt()));
    sheet.append(null, texts.get("xlsx.summary.finished"), texts.timestamp(run.finishedAt()));
    sheet.append(null, texts.get("pdf.header.rulesVersion"), run.rulesVersion());
    sheet.append(
        null,
        texts.get("pdf.header.organisedCrimeProfile"),
        texts.getOrDefault(
            "organisedCrimeProfile." + run.organisedCrimeProfile(),
            String.valueOf(run.organisedCrimeProfile())));
    sheet.append(null, texts.get("pdf.header.registryMode"), run.registryMode());
    sheet.append(null, texts.get("pdf.header.clausesVersion"), catalogue.version());
    sheet.append(null, texts.get("pdf.header.status"), run.status());
    for (Decision decision :
        List.of(Decision.EXCLUDE, Decision.INCOMPLETE, Decision.REVIEW, Decision.CLEAR)) {
      Long count = run.counts() == null ? null : run.counts().get(decision);
      sheet.append(styles.decision(decision), texts.decision(decision), count == null ? 0 : count);
    }
  }

  private void writeParty(WorkbookSheet sheet, WorkbookStyles styles, PartyResult party) {
    Row row =
        sheet.append(
            null,
            party.procurementId(),
            party.orgNo(),
            party.name(),
            party.role() == null ? "" : party.role().name(),
            party.parentOrgNo(),
            party.decision().name(),
            party.computedDecision() == null ? "" : party.computedDecision().name(),
            String.join("|", party.ruleIds()),
            String.join("|", clauses.forParty(party)),
            String.join("|", ResultsCsvWriter.contractIds(party)),
            descriptions.describeAll(party.findings()));
    sheet.style(row, DECISION_COLUMN, styles.decision(party.decision()));
  }

  private void writeFinding(
      WorkbookSheet sheet, WorkbookStyles styles, PartyResult party, Finding finding) {
    Row row =
        sheet.append(
            null,
            party.procurementId(),
            party.orgNo(),
            party.name(),
            finding.ruleId(),
            finding.legalBasis(),
            finding.decision().name(),
            texts.yesNo(finding.informational()),
            finding.subjectName(),
            texts.role(finding.subjectRole()),
            finding.maskedSubjectId(),
            descriptions.matchType(finding.matchType()),
            finding.score(),
            finding.summary(),
            descriptions.evidence(finding.evidence()),
            texts.date(finding.groundDate()),
            finding.source());
    sheet.style(row, 5, styles.decision(finding.decision()));
  }

  private void writeInputs(WorkbookSheet sheet, RunInfo run) {
    String inputKind = texts.get("xlsx.input.file");
    for (InputFile input : run.inputs() == null ? List.<InputFile>of() : run.inputs()) {
      sheet.append(
          null,
          inputKind,
          "",
          input.path(),
          input.sha256(),
          input.rowsRead(),
          input.rowsRejected());
    }
    String registryKind = texts.get("xlsx.input.registry");
    for (RegistrySource source :
        run.registrySources() == null ? List.<RegistrySource>of() : run.registrySources()) {
      sheet.append(
          null,
          registryKind,
          source.check(),
          source.location(),
          source.sha256(),
          source.records() < 0 ? null : source.records(),
          null);
    }
  }

  private static String joined(List<String> values) {
    return values == null ? "" : String.join(", ", values);
  }
}
