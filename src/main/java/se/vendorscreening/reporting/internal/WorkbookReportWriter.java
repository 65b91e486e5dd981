package se.vendorscreening.reporting.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.vendorscreening.intake.Contract;
import se.vendorscreening.intake.InputFile;
import se.vendorscreening.intake.RejectedRow;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.SwedishTime;

/**
 * Writes report.xlsx with POI's streaming workbook: the party, finding and contract sheets are
 * filled from the pass over the results that also writes results.csv ({@link #add}), and only a
 * window of rows per sheet is held in memory. Texts are the reports' plain words with the shared
 * decision labels; dates are date cells and amounts numbers; every sheet prints landscape, fitted
 * to the page width, with its header row repeated.
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
  private final PartyReasons reasons;
  private final FindingWords words;
  private final ClauseCatalogue catalogue;
  private final ApplicableClauses clauses;
  private final SXSSFWorkbook workbook;

  private WorkbookStyles styles;
  private RegistryDates registries;
  private WorkbookSheet summary;
  private WorkbookSheet flagged;
  private WorkbookSheet all;
  private WorkbookSheet findings;
  private WorkbookSheet contracts;
  private WorkbookSheet network;
  private final NetworkClusters clusters = new NetworkClusters();
  private List<NetworkClusters.Cluster> networkClusters;
  private WorkbookSheet clauseSheet;
  private WorkbookSheet rejected;
  private WorkbookSheet inputs;

  WorkbookReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      PartyReasons reasons,
      ClauseCatalogue catalogue,
      int rowsInMemory) {
    this.results = results;
    this.texts = texts;
    this.reasons = reasons;
    this.words = reasons.words();
    this.catalogue = catalogue;
    this.clauses = new ApplicableClauses(catalogue);
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
    registries = new RegistryDates(run, texts);
    summary = sheet("summary", "summary", new int[] {34, 70});
    flagged = sheet("flagged", "party", PARTY_WIDTHS, PARTY_PRINTED_COLUMNS);
    all = sheet("all", "party", PARTY_WIDTHS, PARTY_PRINTED_COLUMNS);
    findings = sheet("findings", "finding", FINDING_WIDTHS, FINDING_PRINTED_COLUMNS);
    contracts = sheet("contracts", "contract", CONTRACT_WIDTHS);
    network = sheet("network", "network", WorkbookNetworkRows.WIDTHS);
    clauseSheet = sheet("clauses", "clause", new int[] {20, 40, 40, 16, 120});
    rejected = sheet("rejected", "rejected", new int[] {16, 30, 8, 20, 30, 60});
    inputs = sheet("inputs", "input", new int[] {14, 30, 50, 68, 12, 12});
    writeSummary(run);
  }

  /**
   * Adds a party to the sheet of all parties, to the flagged ones if flagged, its findings and its
   * contracts.
   */
  void add(ReportedParty reported) {
    PartyResult party = reported.result();
    // a flagged party's row is the same on both sheets: its words are put together once
    Object[] row = partyRow(reported);
    writeParty(all, party, row);
    if (party.isFlagged()) {
      writeParty(flagged, party, row);
    }
    for (Finding finding : party.findings()) {
      writeFinding(party, finding);
    }
    for (Contract contract : party.contracts()) {
      writeContract(party, contract);
    }
    clusters.add(party);
  }

  /**
   * The run's flagged clusters, from every party {@linkplain #add added} (call once all are): the
   * network sheet lists them and report.pdf draws them.
   */
  List<NetworkClusters.Cluster> clusters() {
    if (networkClusters == null) {
      networkClusters = clusters.clusters();
    }
    return networkClusters;
  }

  /** Writes the remaining sheets and saves the workbook to {@code file}. */
  void finish(RunInfo run, Path file) throws IOException {
    for (Clause clause : catalogue.all()) {
      clauseSheet.append(
          null,
          clause.id(),
          clause.title(),
          clause.rules().stream().map(words::ruleTitle).collect(Collectors.joining("; ")),
          texts.yesNo(clause.standard()),
          String.join("\n\n", clause.paragraphs()));
    }
    String notScreened = texts.get("pdf.notScreened.status");
    for (RejectedRow row : results.rejectedRows(run.runId())) {
      rejected.append(
          null, notScreened, row.file(), row.line(), row.column(), row.value(), row.reason());
    }
    writeInputs(inputs, run);
    new WorkbookNetworkRows(texts, words).write(network, clusters());
    for (WorkbookSheet sheet :
        List.of(
            summary, flagged, all, findings, contracts, network, clauseSheet, rejected, inputs)) {
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

  /** Column widths in characters: long texts wrap, so that a sheet prints a readable page wide. */
  /** Wide enough for the longest decision label, "Inga anmärkningar", on one line. */
  private static final int DECISION_WIDTH = 18;

  private static final int[] PARTY_WIDTHS = {
    12, 13, 26, 16, 16, DECISION_WIDTH, DECISION_WIDTH, 32, 22, 14, 18, 14, 20, 11, 50, 12, 50
  };

  /**
   * A printed party sheet shows the columns up to the clauses: the reason says an override too, and
   * the findings and the officers' decisions are printed in full on their own sheets.
   */
  private static final int PARTY_PRINTED_COLUMNS = 11;

  private static final int[] FINDING_WIDTHS = {
    12, 13, 22, 22, DECISION_WIDTH, 42, 42, 22, 24, 11, 13, 10, 20, 12, 13, 16, 8
  };

  /**
   * A printed findings sheet shows the party, the finding, its decision, its description and
   * evidence in words, the legal basis and the source: about as wide as a printed party sheet. The
   * columns after them (the date the ground arose, the amount, whom it concerns, the match and its
   * similarity) are for filtering and sorting, and are said in the description and evidence too.
   */
  private static final int FINDING_PRINTED_COLUMNS = 9;

  /** The decision's column on the findings sheet, filled with the decision's colour. */
  private static final int FINDING_DECISION_COLUMN = 4;

  private static final int[] CONTRACT_WIDTHS = {12, 15, 30, 15, 9, 11, 11, 13, DECISION_WIDTH, 55};

  private WorkbookSheet sheet(String name, String columns, int[] widths) {
    return sheet(name, columns, widths, Integer.MAX_VALUE);
  }

  private WorkbookSheet sheet(String name, String columns, int[] widths, int printedColumns) {
    String[] header = texts.get("xlsx.columns." + columns).split("\\|");
    return new WorkbookSheet(
        workbook.createSheet(texts.get("xlsx.sheet." + name)),
        styles,
        header,
        widths,
        printedColumns);
  }

  private void writeSummary(RunInfo run) {
    WorkbookSheet sheet = summary;
    for (String id : run.procurementIds() == null ? List.<String>of() : run.procurementIds()) {
      sheet.append(null, texts.get("pdf.header.procurements"), id);
    }
    sheet.append(null, texts.get("pdf.header.actor"), run.actor());
    sheet.append(null, texts.get("xlsx.summary.started"), dateTime(run.startedAt()));
    sheet.append(null, texts.get("xlsx.summary.finished"), dateTime(run.finishedAt()));
    sheet.append(null, texts.get("pdf.header.asOf"), run.asOf());
    for (String line : registries.lines()) {
      sheet.append(null, texts.get("pdf.header.registries"), line);
    }
    sheet.append(null, texts.get("pdf.header.runId"), run.runId());
    sheet.append(null, texts.get("pdf.header.rulesVersion"), run.rulesVersion());
    sheet.append(
        null,
        texts.get("pdf.header.organisedCrimeProfile"),
        texts.getOrDefault(
            "organisedCrimeProfile." + run.organisedCrimeProfile(),
            String.valueOf(run.organisedCrimeProfile())));
    sheet.append(null, texts.get("pdf.header.clausesVersion"), catalogue.version());
    for (Decision decision : PdfFirstPages.SEVERITY_ORDER) {
      Long count = run.counts() == null ? null : run.counts().get(decision);
      sheet.append(styles.decision(decision), texts.decision(decision), count == null ? 0 : count);
    }
  }

  private static LocalDateTime dateTime(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, SWEDEN);
  }

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  private void writeParty(WorkbookSheet sheet, PartyResult party, Object[] values) {
    Row row = sheet.append(null, values);
    sheet.style(row, DECISION_COLUMN, styles.decision(party.decision()));
  }

  /** The cells of a party's row on the party sheets. */
  private Object[] partyRow(ReportedParty reported) {
    PartyResult party = reported.result();
    AppliedOverride override = party.overrides().isEmpty() ? null : party.overrides().get(0);
    return new Object[] {
      party.procurementId(),
      party.orgNo(),
      party.name(),
      reasons.role(party),
      party.parentOrgNo(),
      texts.decision(party.decision()),
      party.computedDecision() == null ? "" : texts.decision(party.computedDecision()),
      reasons.reason(party),
      reasons.legalBasis(party),
      String.join(", ", reported.contractIds()),
      clauseTitles(reported.clauseIds()),
      override == null ? null : override.actor(),
      override == null ? null : override.reason(),
      override == null ? null : dateTime(override.recordedAt()),
      party.findings().isEmpty()
          ? ""
          : party.findings().stream().map(words::sentence).collect(Collectors.joining("\n")),
      party.personsChecked(),
      overridesInWords(party)
    };
  }

  /**
   * The officers' overrides in words: rule, new decision, who and when, why, until when and the
   * records it covers.
   */
  private String overridesInWords(PartyResult party) {
    if (party.overrides().isEmpty()) {
      return "";
    }
    return PersonalNumbers.mask(
        party.overrides().stream()
            .map(
                o ->
                    texts.get(
                        "override.described",
                        words.ruleTitle(o.ruleId()),
                        texts.decision(o.decision()),
                        o.actor(),
                        texts.timestamp(o.recordedAt()),
                        o.reason(),
                        o.expires() == null ? "–" : texts.date(o.expires()),
                        o.coveredRecords().isEmpty()
                            ? texts.get("override.coversNothing")
                            : String.join("; ", o.coveredRecords())))
            .collect(Collectors.joining("\n")));
  }

  private void writeFinding(PartyResult party, Finding finding) {
    String check = HearingLetterWriter.checkOf(finding);
    String total = finding.evidence().get("total_amount_sek");
    Row row =
        findings.append(
            null,
            party.procurementId(),
            party.orgNo(),
            party.name(),
            words.ruleTitle(finding.ruleId()),
            texts.decision(finding.decision()),
            words.sentence(finding),
            words.evidence().text(finding),
            reasons.legal().of(finding, party.procurementType()),
            check == null ? null : registryAsOf(check),
            finding.groundDate(),
            amount(total),
            texts.yesNo(finding.informational()),
            finding.subjectName(),
            texts.role(finding.subjectRole()),
            finding.maskedSubjectId(),
            words.matchType(finding.matchType()),
            finding.score());
    findings.style(row, FINDING_DECISION_COLUMN, styles.decision(finding.decision()));
  }

  private void writeContract(PartyResult party, Contract contract) {
    Row row =
        contracts.append(
            null,
            party.procurementId(),
            party.orgNo(),
            party.name(),
            contract.contractId(),
            texts.getOrDefault("contractStatus." + contract.status(), contract.status().name()),
            contract.start(),
            contract.end(),
            contract.annualValueSek(),
            texts.decision(party.decision()),
            clauseTitles(clauses.forContract(party, contract)));
    contracts.style(row, 8, styles.decision(party.decision()));
  }

  /**
   * The clauses by their titles, one a line, as the PDF's contract table names them: their ids are
   * codes for results.csv, and the clauses sheet has both.
   */
  private String clauseTitles(Collection<String> ids) {
    return ids.stream()
        .map(id -> catalogue.byId(id).map(Clause::title).orElse(id))
        .collect(Collectors.joining("\n"));
  }

  private static BigDecimal amount(String plain) {
    if (plain == null || plain.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(plain.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * The registry and the date of its data on two lines: a narrow column wrapped "uppgift per
   * 2026-11-27" at the date's hyphen.
   */
  private String registryAsOf(String check) {
    return registries.name(check) + ",\n" + registries.asOf(check);
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
          registryAsOf(source.check()),
          source.location(),
          source.sha256(),
          source.records() < 0 ? null : source.records(),
          null);
    }
  }
}
