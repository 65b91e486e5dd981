package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import se.vendorscreening.audit.ManifestSigning;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.ScreeningResults;

/**
 * Writes a finished run's folder {@code <outDir>/<runId>/}: results.csv, rejected-rows.csv,
 * changes.csv for a re-check, report.pdf, report.xlsx, a hearing letter (kommunicering) per
 * excluded or reviewed party, a certificates/ folder for a large run, and last manifest.json with
 * the hashes of all the others. The folder is readable by its owner only.
 *
 * <p>report.pdf is written on a thread of the reporting's executor ({@link ReportingThreads}) while
 * this one makes a single pass over all results: it writes results.csv, hands the workbook's rows
 * to a second thread of the executor, and hands each party's hearing letter and certificate out to
 * the executor's threads as it meets the party, a document a task ({@link ParallelDocuments}), so
 * that the documents are written from the start of the pass: nothing else of the job runs
 * meanwhile. The manifest lists the letters (excluded parties first, then reviewed ones) and then
 * the certificates, each kind in the run's order, as they would be written one kind at a time.
 */
@Component
class RunFolderWriter implements RunReportWriter {

  private static final Logger log = LoggerFactory.getLogger(RunFolderWriter.class);

  private final ObjectProvider<ScreeningResults> results;
  private final ObjectProvider<ContractRegister> register;
  private final MessageSource messages;
  private final ReportingProperties properties;
  private final ManifestSigning signing;
  private final TaskExecutor writers;

  /** The lanes of the per-party documents, in the manifest's order. */
  private static final int EXCLUDED_LETTERS = 0;

  private static final int REVIEWED_LETTERS = 1;
  private static final int CERTIFICATES = 2;
  private static final int LANES = 3;

  RunFolderWriter(
      ObjectProvider<ScreeningResults> results,
      ObjectProvider<ContractRegister> register,
      MessageSource messages,
      ReportingProperties properties,
      ManifestSigning signing,
      @Qualifier(ReportingThreads.REPORT_WRITERS) TaskExecutor writers) {
    this.results = results;
    this.register = register;
    this.messages = messages;
    this.properties = properties;
    this.signing = signing;
    this.writers = writers;
  }

  /**
   * Warms up the workbook library and the JDK's fonts on the writers' executor while the run's
   * import and checks go on ({@link ReportWarmUp}, once per JVM).
   */
  @Override
  public void prepare() {
    ReportWarmUp.start(writers);
  }

  @Override
  public List<OutputFile> writeRunFolder(RunInfo run, Path outDir) {
    try {
      return write(run, outDir, results.getObject());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the run folder of " + run.runId(), e);
    }
  }

  private List<OutputFile> write(RunInfo run, Path outDir, ScreeningResults source)
      throws IOException {
    long started = System.nanoTime();
    Path folder = OwnerOnlyFiles.createFolder(outDir.resolve(run.runId()));
    Locale language = run.language();
    ReportTexts texts = new ReportTexts(messages, language);
    ClauseCatalogue catalogue = new ClauseCatalogues(properties.clausesDir()).forLanguage(language);
    ApplicableClauses clauses = new ApplicableClauses(catalogue);
    FindingDescriptions descriptions = new FindingDescriptions(texts);
    ReportSources sources = new ReportSources(register.getIfAvailable());
    int maxCertificates = properties.certificates().maxInReport();

    Path pdf = folder.resolve("report.pdf");
    PdfReportWriter pdfWriter =
        new PdfReportWriter(
            source,
            texts,
            clauses,
            catalogue,
            sources,
            maxCertificates,
            properties.pdf().maxDetailedParties());
    // report.pdf's first pages are drawn beside the pass over the results; the rest, from its
    // network section on, once the pass has found the clusters (ReportPdf)
    ReportPdf reportPdf = new ReportPdf(pdfWriter, run, pdf);
    List<OutputFile> outputs = new ArrayList<>();
    long tablesMillis;
    long tablesCpuMillis;
    int parties;
    List<OutputFile> documentFiles;
    // whatever fails here, closing reportPdf ends the PDF's work before this call returns
    try (reportPdf) {
      Path resultsCsv = folder.resolve("results.csv");
      Path xlsx = folder.resolve("report.xlsx");
      GroundTally tally = new GroundTally();
      List<AppliedOverrides> overrides;
      // the letters and certificates are handed out to the executor's threads as the one pass
      // over the results meets their parties, while this thread writes the tables
      try (ParallelDocuments documents =
          new ParallelDocuments(writers, ParallelDocuments.defaultWindow(), LANES)) {
        long documentsStarted = System.nanoTime();
        long documentsProcessCpu = processCpuNanos();
        long tablesCpu = threadCpuNanos();
        HearingLetterWriter.Letters letters =
            new HearingLetterWriter(
                    source,
                    texts,
                    sources,
                    properties.hearingLetters().replyDays(),
                    properties.hearingLetters().sender())
                .start(run, folder, documents, EXCLUDED_LETTERS, REVIEWED_LETTERS, true);
        CertificateFolderWriter.Certificates certificates =
            PdfReportWriter.certificatesInReport(run, maxCertificates)
                ? null
                : new CertificateFolderWriter(source, texts, clauses, sources)
                    .start(run, folder, documents, CERTIFICATES);
        PartyDocuments perParty = new PartyDocuments(letters, certificates, sources);
        overrides =
            writeResultsAndWorkbook(
                run,
                tally,
                source,
                resultsCsv,
                xlsx,
                new WorkbookReportWriter(
                    source,
                    texts,
                    sources.reasons(texts),
                    catalogue,
                    properties.workbookRowsInMemory()),
                clauses,
                descriptions,
                perParty,
                reportPdf);
        parties = perParty.parties;
        tablesMillis = (System.nanoTime() - documentsStarted) / 1_000_000;
        tablesCpuMillis = (threadCpuNanos() - tablesCpu) / 1_000_000;
        letters.finish();
        documentFiles = documents.finish();
        perParty.finish();
        logPerDocument(documents, documentsStarted, documentsProcessCpu);
      }
      outputs.add(OwnerOnlyFiles.seal(resultsCsv));

      Path rejectedCsv = folder.resolve("rejected-rows.csv");
      new RejectedRowsCsvWriter().write(source.rejectedRows(run.runId()), rejectedCsv);
      outputs.add(OwnerOnlyFiles.seal(rejectedCsv));

      if (PdfReportWriter.isRecheck(run)) {
        Path changesCsv = folder.resolve("changes.csv");
        try (var changes = source.changes(run.runId())) {
          new ChangesCsvWriter().write(changes, changesCsv);
        }
        outputs.add(OwnerOnlyFiles.seal(changesCsv));
      }
      outputs.addAll(documentFiles);
      long[] pdfMillis = reportPdf.await();
      outputs.add(OwnerOnlyFiles.seal(pdf));
      outputs.add(OwnerOnlyFiles.seal(xlsx));

      Path manifest = folder.resolve("manifest.json");
      new ManifestWriter()
          .write(run, catalogue.version(), signing.key(), outputs, overrides, tally, manifest);
      outputs.add(OwnerOnlyFiles.seal(manifest));
      outputs.add(OwnerOnlyFiles.seal(signing.sign(manifest)));

      log.info(
          "Wrote run folder {} ({} files) in {} ms (report.pdf {} ms, cpu {} ms; at the same"
              + " time results.csv with report.xlsx {} ms, cpu {} ms ({} ms a party), handing out the"
              + " documents)",
          folder,
          outputs.size(),
          (System.nanoTime() - started) / 1_000_000,
          pdfMillis[0],
          pdfMillis[1],
          tablesMillis,
          tablesCpuMillis,
          parties == 0
              ? "0"
              : String.format(Locale.ROOT, "%.3f", (double) tablesCpuMillis / parties));
      return List.copyOf(outputs);
    }
  }

  /**
   * report.pdf in two tasks on the reporting's threads: its first pages from the start of the pass
   * over the results, the rest once the pass has met every party and found the flagged clusters,
   * which the network section draws (the workbook's network sheet lists the same), so that
   * report.pdf reads no more than its table's parties itself and no thread waits for the pass.
   */
  private final class ReportPdf implements AutoCloseable {

    private final PdfReportWriter writer;
    private final RunInfo run;
    private final Path file;
    private final BackgroundTask<PdfReportWriter.Begun> firstPages;
    private final long[] firstPagesMillis = new long[2];
    // what the first task drew, for close() even when the task was stopped after drawing it
    private final java.util.concurrent.atomic.AtomicReference<PdfReportWriter.Begun> begun =
        new java.util.concurrent.atomic.AtomicReference<>();
    private BackgroundTask<long[]> rest;

    ReportPdf(PdfReportWriter writer, RunInfo run, Path file) {
      this.writer = writer;
      this.run = run;
      this.file = file;
      this.firstPages =
          BackgroundTask.start(
              writers,
              "report.pdf",
              () -> {
                long[] millis = timed(() -> begun.set(writer.begin(run)));
                System.arraycopy(millis, 0, firstPagesMillis, 0, 2);
                return begun.get();
              });
    }

    /** Hands the clusters over: the rest of report.pdf is drawn and saved on a thread. */
    void finish(List<NetworkClusters.Cluster> clusters) throws IOException {
      PdfReportWriter.Begun drawn = firstPages.await();
      rest =
          BackgroundTask.start(
              writers, "report.pdf", () -> timed(() -> writer.finish(drawn, run, clusters, file)));
    }

    /** Some of report.pdf's work. */
    @FunctionalInterface
    private interface PdfWork {
      void run() throws IOException;
    }

    /** Does the work; returns the wall and CPU milliseconds it took on this thread. */
    private static long[] timed(PdfWork work) throws IOException {
      long started = System.nanoTime();
      long cpu = threadCpuNanos();
      work.run();
      return new long[] {
        (System.nanoTime() - started) / 1_000_000, (threadCpuNanos() - cpu) / 1_000_000
      };
    }

    /** Waits until report.pdf is saved; its two tasks' wall and CPU milliseconds together. */
    long[] await() throws IOException {
      if (rest == null) {
        throw new IllegalStateException("report.pdf was not finished");
      }
      long[] millis = rest.await();
      return new long[] {firstPagesMillis[0] + millis[0], firstPagesMillis[1] + millis[1]};
    }

    /** Ends report.pdf's work, whether it was saved, failed or never finished. */
    @Override
    public void close() throws IOException {
      try {
        firstPages.close();
        if (rest != null) {
          rest.close();
        }
      } finally {
        // both tasks are over: the document is closed here (begin closes it itself if it fails)
        PdfReportWriter.Begun drawn = begun.getAndSet(null);
        if (drawn != null) {
          drawn.close();
        }
      }
    }
  }

  /** Parties read from the results at a time, their representatives in a few queries. */
  private static final int READ_AHEAD = 256;

  /**
   * What the pass over the results hands each party to besides the tables: its hearing letter and
   * certificate, the certificates' representatives read ahead a batch of parties at a time (those
   * of the batch before last forgotten, so that what is held stays bounded).
   */
  private static final class PartyDocuments {

    private final HearingLetterWriter.Letters letters;
    private final CertificateFolderWriter.Certificates certificates;
    private final ReportSources sources;
    private Set<String> previous = Set.of();
    private Set<String> beforePrevious = Set.of();
    private int parties;

    /**
     * @param certificates null when report.pdf holds the certificates
     */
    PartyDocuments(
        HearingLetterWriter.Letters letters,
        CertificateFolderWriter.Certificates certificates,
        ReportSources sources) {
      this.letters = letters;
      this.certificates = certificates;
      this.sources = sources;
    }

    /** Reads the representatives of the next parties for their certificates. */
    void readAhead(List<PartyResult> batch) {
      if (certificates == null) {
        return;
      }
      Set<String> keys = new HashSet<>();
      for (PartyResult party : batch) {
        if (party.partyKey() != null) {
          keys.add(party.partyKey());
        }
      }
      Set<String> stale = new HashSet<>(beforePrevious);
      stale.removeAll(previous);
      stale.removeAll(keys);
      // the documents out are at most a window, far fewer than a batch: those of the batch before
      // last are written (one still out would ask the register itself)
      sources.forget(stale);
      sources.readAhead(keys);
      beforePrevious = previous;
      previous = keys;
    }

    void add(PartyResult party) throws IOException {
      parties++;
      letters.add(party);
      if (certificates != null) {
        certificates.add(party);
      }
    }

    /** Forgets every representative read ahead. */
    void finish() {
      sources.forget(beforePrevious);
      sources.forget(previous);
    }
  }

  /**
   * One pass over all results: a row in results.csv and rows in the workbook for each party, the
   * workbook's on a third thread (see {@link WorkbookFeed}), and the party's documents handed out.
   *
   * @param tally counts each row's grounds and evidence kinds for the manifest
   * @return the overrides applied, per party, for the manifest
   */
  private List<AppliedOverrides> writeResultsAndWorkbook(
      RunInfo run,
      GroundTally tally,
      ScreeningResults source,
      Path resultsCsv,
      Path xlsx,
      WorkbookReportWriter workbook,
      ApplicableClauses clauses,
      FindingDescriptions descriptions,
      PartyDocuments documents,
      ReportPdf reportPdf)
      throws IOException {
    List<AppliedOverrides> overrides = new ArrayList<>();
    try (workbook) {
      workbook.start(run);
      try (WorkbookFeed feed = new WorkbookFeed(workbook, writers);
          ResultsCsvWriter csv = new ResultsCsvWriter(resultsCsv);
          Stream<PartyResult> parties = source.results(run.runId())) {
        List<PartyResult> batch = new ArrayList<>(READ_AHEAD);
        Iterator<PartyResult> next = parties.iterator();
        while (next.hasNext()) {
          batch.add(next.next());
          if (batch.size() == READ_AHEAD || !next.hasNext()) {
            documents.readAhead(batch);
            for (PartyResult party : batch) {
              ReportedParty reported = ReportedParty.of(party, clauses, descriptions);
              csv.write(reported);
              tally.add(party);
              feed.add(reported);
              documents.add(party);
              if (!party.overrides().isEmpty()) {
                overrides.add(
                    new AppliedOverrides(party.procurementId(), party.orgNo(), party.overrides()));
              }
            }
            batch.clear();
          }
        }
        feed.finish();
      }
      reportPdf.finish(workbook.clusters());
      workbook.finish(run, xlsx);
    }
    return overrides;
  }

  /**
   * What writing the per-party documents cost, in all and per document of each kind: the CPU time
   * of the threads that wrote them, and the whole process's over the pass (this thread's tables,
   * the workbook's thread, the garbage collector and the compiler besides, and report.pdf when it
   * is still being written on its own thread).
   */
  private static void logPerDocument(
      ParallelDocuments documents, long started, long processCpuStarted) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    int letters = documents.written(EXCLUDED_LETTERS) + documents.written(REVIEWED_LETTERS);
    int certificates = documents.written(CERTIFICATES);
    long lettersCpuMillis =
        (documents.cpuNanos(EXCLUDED_LETTERS) + documents.cpuNanos(REVIEWED_LETTERS)) / 1_000_000;
    long certificatesCpuMillis = documents.cpuNanos(CERTIFICATES) / 1_000_000;
    long processCpuMillis = (processCpuNanos() - processCpuStarted) / 1_000_000;
    log.info(
        "Wrote {} hearing letters and {} certificates in {} ms ({} at a time at most), cpu {} ms"
            + " ({} ms a letter) and {} ms ({} ms a certificate), process cpu {} ms ({} ms a"
            + " document, the tables' pass included)",
        letters,
        certificates,
        millis,
        documents.window(),
        lettersCpuMillis,
        perDocument(lettersCpuMillis, letters),
        certificatesCpuMillis,
        perDocument(certificatesCpuMillis, certificates),
        processCpuMillis,
        perDocument(processCpuMillis, letters + certificates));
  }

  private static String perDocument(long millis, int documents) {
    return documents == 0 ? "0" : String.format(Locale.ROOT, "%.1f", (double) millis / documents);
  }

  /** CPU time of the whole process, or 0 where the JVM does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  /**
   * CPU time of this thread, which tells more than wall time when other processes share the cores.
   */
  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }
}
