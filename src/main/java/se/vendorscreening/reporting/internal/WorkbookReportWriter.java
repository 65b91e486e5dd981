package se.vendorscreening.reporting.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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
 * Writes report.xlsx (SPEC section 8) with POI's streaming workbook: the party sheets are filled
 * from the pass over the results that also writes results.csv ({@link #add}), and only a window of
 * rows per sheet is held in memory.
 */
final class WorkbookReportWriter implements Closeable {

  private static final int DECISION_COLUMN = 5;

  /**
   * Whether SXSSF gzips the rows it spills to temporary files. Off: the files are deleted when the
   * workbook is saved, and compressing then inflating every row costs more time than the disk it
   * saves is worth.
   */
  private final boolean compressTempFiles = false;

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final FindingDescriptions descriptions;
  private final ClauseCatalogue catalogue;
  private final SXSSFWorkbook workbook;

  private WorkbookStyles styles;
  private WorkbookSheet summary;
  private WorkbookSheet flagged;
  private WorkbookSheet all;
  private WorkbookSheet findings;
  private WorkbookSheet clauseSheet;
  private WorkbookSheet rejected;
  private WorkbookSheet inputs;

  WorkbookReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      FindingDescriptions descriptions,
      ClauseCatalogue catalogue,
      int rowsInMemory) {
    this.results = results;
    this.texts = texts;
    this.descriptions = descriptions;
    this.catalogue = catalogue;
    this.workbook = new FastDeflateWorkbook(rowsInMemory);
  }

  /**
   * A streaming workbook zipped at the fastest deflate level. Saving deflates every sheet's XML,
   * which at 100,000 parties is over a hundred megabytes: the default level cost the workbook
   * thread 4.7 instead of 3.9 CPU seconds there, for a file of 20.4 instead of 26.6 MB.
   */
  private static final class FastDeflateWorkbook extends SXSSFWorkbook {

    FastDeflateWorkbook(int rowsInMemory) {
      super(rowsInMemory);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
      ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
      zip.setLevel(Deflater.BEST_SPEED);
      return zip;
    }
  }

  /** Creates the workbook's sheets and fills the summary; call {@link #close()} in every case. */
  void start(RunInfo run) {
    workbook.setCompressTempFiles(compressTempFiles);
    styles = new WorkbookStyles(workbook);
    summary = sheet("summary", "summary", new int[] {34, 70});
    flagged = sheet("flagged", "party", PARTY_WIDTHS);
    all = sheet("all", "party", PARTY_WIDTHS);
    findings = sheet("findings", "finding", FINDING_WIDTHS);
    clauseSheet = sheet("clauses", "clause", new int[] {20, 40, 40, 10, 120});
    rejected = sheet("rejected", "rejected", new int[] {30, 8, 20, 30, 60});
    inputs = sheet("inputs", "input", new int[] {14, 16, 50, 68, 12, 12});
    writeSummary(run);
  }

  /** Adds a party to the sheet of all parties, to the flagged ones if flagged, and its findings. */
  void add(ReportedParty reported) {
    PartyResult party = reported.result();
    writeParty(all, reported);
    if (party.isFlagged()) {
      writeParty(flagged, reported);
    }
    for (Finding finding : party.findings()) {
      writeFinding(party, finding);
    }
  }

  /** Writes the remaining sheets and saves the workbook to {@code file}. */
  void finish(RunInfo run, Path file) throws IOException {
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
  }

  /** Deletes the workbook's temporary files. */
  @Override
  public void close() throws IOException {
    try {
      workbook.close();
    } finally {
      workbook.dispose();
    }
  }

  private static final int[] PARTY_WIDTHS = {16, 15, 36, 14, 15, 13, 13, 34, 30, 22, 100, 12, 80};
  private static final int[] FINDING_WIDTHS = {
    16, 15, 30, 24, 22, 12, 10, 26, 14, 14, 20, 8, 50, 60, 12, 22
  };

  private WorkbookSheet sheet(String name, String columns, int[] widths) {
    String[] header = texts.get("xlsx.columns." + columns).split("\\|");
    return new WorkbookSheet(
        workbook.createSheet(texts.get("xlsx.sheet." + name)), styles, header, widths);
  }

  private void writeSummary(RunInfo run) {
    WorkbookSheet sheet = summary;
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

  private void writeParty(WorkbookSheet sheet, ReportedParty reported) {
    PartyResult party = reported.result();
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
            String.join("|", reported.clauseIds()),
            String.join("|", reported.contractIds()),
            reported.findings(),
            party.personsChecked(),
            descriptions.describeOverrides(party.overrides()));
    sheet.style(row, DECISION_COLUMN, styles.decision(party.decision()));
  }

  private void writeFinding(PartyResult party, Finding finding) {
    Row row =
        findings.append(
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
    findings.style(row, 5, styles.decision(finding.decision()));
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
