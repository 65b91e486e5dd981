package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.IdentityNumber;

/**
 * Writes report.pdf: the first pages (the procurement, who ran it and when, the registries with the
 * dates of their data, every party in one table most severe first, the parties not screened), the
 * network pictures of the flagged clusters ({@link PdfNetworkSection}), the changes of a re-check,
 * a certificate per party (for runs up to {@code maxCertificates} parties; larger runs get them as
 * files of their own, see {@link CertificateFolderWriter}), and the appendices. Pages are buffered
 * in temporary files rather than memory, and numbered in a second pass once the count is known. The
 * document is PDF/A-2b ({@link PdfArchival}).
 */
final class PdfReportWriter {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(PdfReportWriter.class);

  /** Procurement ids the header names; the rest are counted (all are in the workbook). */
  static final int HEADER_PROCUREMENTS = 5;

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final ApplicableClauses clauses;
  private final ClauseCatalogue catalogue;
  private final ReportSources sources;
  private final int maxCertificates;
  private final int maxListedFlagged;

  /**
   * @param maxCertificates parties up to which the certificates are pages of report.pdf
   * @param maxListedFlagged flagged parties a larger run lists in its table of parties (the rest
   *     are counted; all are in the workbook and have a certificate)
   */
  PdfReportWriter(
      ScreeningResults results,
      ReportTexts texts,
      ApplicableClauses clauses,
      ClauseCatalogue catalogue,
      ReportSources sources,
      int maxCertificates,
      int maxListedFlagged) {
    this.results = results;
    this.texts = texts;
    this.clauses = clauses;
    this.catalogue = catalogue;
    this.sources = sources;
    this.maxCertificates = maxCertificates;
    this.maxListedFlagged = maxListedFlagged;
  }

  /**
   * report.pdf with its first pages drawn (the header, the table of parties, the parties not
   * screened), waiting for its network section: the pass over the results that writes the tables
   * finds the clusters, so that report.pdf needs no pass of its own over all the results and its
   * thread is free meanwhile. Close it when done, whether or not it was finished.
   */
  static final class Begun implements java.io.Closeable {

    private final PDDocument document;
    private final PdfFlow flow;
    private final RegistryDates registries;
    private final PartyReasons reasons;
    private final boolean certificatesHere;

    private Begun(
        PDDocument document,
        PdfFlow flow,
        RegistryDates registries,
        PartyReasons reasons,
        boolean certificatesHere) {
      this.document = document;
      this.flow = flow;
      this.registries = registries;
      this.reasons = reasons;
      this.certificatesHere = certificatesHere;
    }

    @Override
    public void close() throws IOException {
      document.close();
    }
  }

  /** Draws the first pages (see {@link Begun}). */
  Begun begin(RunInfo run) throws IOException {
    PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
    try {
      PdfFlow flow = new PdfFlow(document);
      String title = texts.get(isRecheck(run) ? "pdf.title.recheck" : "pdf.title.screen");
      PdfArchival.describe(document, run, title, texts.locale());
      RegistryDates registries = new RegistryDates(run, texts);
      PartyReasons reasons = sources.reasons(texts);
      PdfFirstPages firstPages =
          new PdfFirstPages(flow, texts, reasons, registries, sources.titles());
      boolean certificatesHere = certificatesInReport(run, maxCertificates);
      firstPages.writeHeader(run, title);
      firstPages.writeParties(
          run, results, certificatesHere, certificatesHere ? Long.MAX_VALUE : maxListedFlagged);
      firstPages.writeNotScreened(results.rejectedRows(run.runId()));
      return new Begun(document, flow, registries, reasons, certificatesHere);
    } catch (IOException | RuntimeException | Error e) {
      document.close();
      throw e;
    }
  }

  /**
   * Draws the rest after the first pages (the network section, a re-check's changes, the
   * certificates of a small run, the appendices) and saves the document to {@code file}.
   *
   * @param clusters the run's flagged clusters, as the workbook lists them
   */
  void finish(Begun begun, RunInfo run, List<NetworkClusters.Cluster> clusters, Path file)
      throws IOException {
    PdfFlow flow = begun.flow;
    PartyReasons reasons = begun.reasons;
    writeNetwork(flow, texts, reasons, clusters);
    if (isRecheck(run)) {
      flow.newPage();
      new PdfChangesSection(flow, texts, clauses, reasons.words()).write(run.runId(), results);
    }
    SortedSet<String> quoted = new TreeSet<>();
    if (begun.certificatesHere) {
      PdfCertificate certificate =
          new PdfCertificate(
              flow,
              texts,
              reasons,
              begun.registries,
              clauses,
              sources.titles(),
              sources.representatives(),
              false);
      for (Decision decision : PdfFirstPages.SEVERITY_ORDER) {
        try (Stream<PartyResult> parties = results.results(run.runId(), decision)) {
          for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
            quoted.addAll(certificate.write(run, party));
          }
        }
      }
    }
    new PdfAppendices(flow, texts, catalogue, results, begun.registries).write(run, quoted);
    flow.save(texts, run.runId(), file);
  }

  /**
   * The network section, with what it cost logged: the CPU time and the bytes allocated on this
   * thread for the layouts and the drawing (the clusters come from the pass that writes the
   * tables).
   */
  private void writeNetwork(
      PdfFlow flow, ReportTexts texts, PartyReasons reasons, List<NetworkClusters.Cluster> clusters)
      throws IOException {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    long allocated = allocatedBytes(threads);
    long started = System.nanoTime();
    new PdfNetworkSection(flow, texts, reasons.words()).write(clusters);
    log.info(
        "report.pdf network section: {} clusters in {} ms (cpu {} ms, {} MB allocated)",
        clusters.size(),
        (System.nanoTime() - started) / 1_000_000,
        threads.isCurrentThreadCpuTimeSupported()
            ? (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
            : -1,
        (allocatedBytes(threads) - allocated) / (1 << 20));
  }

  private static long allocatedBytes(java.lang.management.ThreadMXBean threads) {
    return threads instanceof com.sun.management.ThreadMXBean sun
        ? sun.getCurrentThreadAllocatedBytes()
        : 0;
  }

  /** Whether the run is small enough for its certificates to be pages of report.pdf. */
  static boolean certificatesInReport(RunInfo run, int maxCertificates) {
    if (run.counts() == null) {
      return true;
    }
    long parties = run.counts().values().stream().mapToLong(Long::longValue).sum();
    return parties <= maxCertificates;
  }

  static boolean isRecheck(RunInfo run) {
    return "recheck".equalsIgnoreCase(run.job());
  }

  /** The number as the report shows it: a personal number (a sole trader's) masked. */
  static String maskedNumber(String orgNo) {
    if (orgNo == null) {
      return "";
    }
    try {
      return IdentityNumber.parse(orgNo).masked();
    } catch (RuntimeException notANumber) {
      return PersonalNumbers.mask(orgNo);
    }
  }
}
