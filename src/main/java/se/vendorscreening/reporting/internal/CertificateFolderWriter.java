package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/**
 * Writes the certificates of a large run as one PDF/A file per party in the run's {@code
 * certificates/} folder, reading the results as a stream: report.pdf then stays a summary an
 * officer can read. A file is named by its place in the run's order and the party's number, masked
 * where it is a person's ({@code 000042-556938-2160.pdf}, {@code 000043-920712-xxxx.pdf}).
 */
final class CertificateFolderWriter {

  static final String FOLDER = "certificates";

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final ApplicableClauses clauses;
  private final ReportSources sources;

  CertificateFolderWriter(
      ScreeningResults results,
      ReportTexts texts,
      ApplicableClauses clauses,
      ReportSources sources) {
    this.results = results;
    this.texts = texts;
    this.clauses = clauses;
    this.sources = sources;
  }

  /**
   * Writes every party's certificate through {@code documents}, on its threads; returns the files
   * written, in the run's order, for the manifest.
   */
  List<OutputFile> write(RunInfo run, Path runFolder, ParallelDocuments documents)
      throws IOException {
    Certificates certificates = start(run, runFolder, documents, 0);
    try (Stream<PartyResult> parties = results.results(run.runId())) {
      for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
        certificates.add(party);
      }
      return documents.finish();
    }
  }

  /**
   * Starts the certificates of a run whose parties the caller reads itself, handing each to {@code
   * documents} in {@code lane} as it comes (the parties in the run's order).
   */
  Certificates start(RunInfo run, Path runFolder, ParallelDocuments documents, int lane)
      throws IOException {
    return new Certificates(
        run, OwnerOnlyFiles.createFolder(runFolder.resolve(FOLDER)), documents, lane);
  }

  /** The certificates of one run, handed out a party at a time in the run's order. */
  final class Certificates {

    private final RunInfo run;
    private final Path folder;
    private final ParallelDocuments documents;
    private final int lane;
    private final RegistryDates registries;
    private final PartyReasons reasons;
    private final String title;
    private int index;

    private Certificates(RunInfo run, Path folder, ParallelDocuments documents, int lane) {
      this.run = run;
      this.folder = folder;
      this.documents = documents;
      this.lane = lane;
      this.registries = new RegistryDates(run, texts);
      this.reasons = sources.reasons(texts);
      this.title = texts.get("certificate.documentTitle");
    }

    /** Hands the next party's certificate out to be written. */
    void add(PartyResult party) throws IOException {
      index++;
      String name = fileName(index, party);
      documents.addFile(
          lane,
          folder.resolve(name),
          FOLDER + "/" + name,
          fonts -> write(run, party, name, title, registries, reasons, fonts));
    }
  }

  /**
   * One certificate drawn with these fonts, as the bytes of its PDF; null when a text has a letter
   * only the whole fonts have.
   */
  private PdfFileBytes write(
      RunInfo run,
      PartyResult party,
      String name,
      String title,
      RegistryDates registries,
      PartyReasons reasons,
      PdfFonts fonts)
      throws IOException {
    try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      document.setDocumentId(PdfArchival.documentId(run.runId(), FOLDER + "/" + name));
      PdfFlow flow = new PdfFlow(document, fonts);
      PdfArchival.describe(
          document, run, title + ": " + party.name(), texts.locale(), flow.writtenAsBytes());
      new PdfCertificate(
              flow,
              texts,
              reasons,
              registries,
              clauses,
              sources.titles(),
              sources.representatives(),
              true)
          .write(run, party);
      return flow.toFileBytes(texts, run.runId());
    }
  }

  static String fileName(int index, PartyResult party) {
    return numberedFileName("", index, 6, party);
  }

  /**
   * {@code <prefix><index, zero-padded to digits>-<the party's number, masked, safe>.pdf}: the
   * number lower-cased, {@code *} written {@code x} and every character but a-z, 0-9 and {@code -}
   * written {@code _}. Built by hand: {@code String.format} and a regular expression for every
   * document were a tenth of the allocation of the pass over a run's results.
   */
  static String numberedFileName(String prefix, int index, int digits, PartyResult party) {
    String number = PdfReportWriter.maskedNumber(party.orgNo()).toLowerCase(Locale.ROOT);
    String counter = Integer.toString(index);
    StringBuilder name =
        new StringBuilder(prefix.length() + digits + number.length() + 6).append(prefix);
    if (index >= 0) {
      for (int i = counter.length(); i < digits; i++) {
        name.append('0');
      }
      name.append(counter);
    } else {
      // as %0Nd: the sign first, then the zeros
      name.append('-');
      for (int i = counter.length(); i < digits; i++) {
        name.append('0');
      }
      name.append(counter, 1, counter.length());
    }
    name.append('-');
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '*') {
        name.append('x');
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        name.append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < number.length()
          && Character.isLowSurrogate(number.charAt(i + 1))) {
        name.append('_'); // the regular expression replaced a code point, not a char
        i++;
      } else {
        name.append('_');
      }
    }
    return name.append(".pdf").toString();
  }
}
