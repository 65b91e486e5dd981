package se.vendorscreening.reporting.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RuleRegistries;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.SwedishTime;

/**
 * Writes a hearing letter (kommunicering) for each party under EXCLUDE or REVIEW: before excluding
 * a vendor the authority must let it comment on the ground found and show self-cleaning (LOU 13
 * kap. 4 and 5 §§). Each letter states the ground, the evidence with its registry and date, the
 * legal basis and the date by which the vendor may answer, ready to send.
 */
final class HearingLetterWriter {

  private static final ZoneId SWEDEN = SwedishTime.ZONE;

  private final ScreeningResults results;
  private final ReportTexts texts;
  private final ReportSources sources;
  private final int replyDays;
  private final String sender;

  HearingLetterWriter(
      ScreeningResults results,
      ReportTexts texts,
      ReportSources sources,
      int replyDays,
      String sender) {
    this.results = results;
    this.texts = texts;
    this.sources = sources;
    this.replyDays = replyDays;
    this.sender = sender == null ? "" : sender.strip();
  }

  /**
   * Who the letter names as contact and who signs it: the configured sender, else the run's actor
   * (without {@code --actor}, the account that ran the command).
   */
  private String contact(RunInfo run) {
    return sender.isEmpty() ? run.actor() : sender;
  }

  /**
   * Writes the letters into the run folder through {@code documents}, on its threads; returns them,
   * most severe first, for the manifest.
   */
  List<OutputFile> write(RunInfo run, Path folder, ParallelDocuments documents) throws IOException {
    Letters letters = start(run, folder, documents, 0, 0, false);
    if (run.counts() == null || run.counts().getOrDefault(Decision.EXCLUDE, 0L) > 0) {
      try (Stream<PartyResult> parties = results.results(run.runId(), Decision.EXCLUDE)) {
        for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
          letters.add(party);
        }
      }
    }
    letters.finish();
    return documents.finish();
  }

  /**
   * Starts the letters of a run whose parties the caller reads itself in the run's order, handing
   * out those of excluded parties in {@code excludedLane} and those of reviewed parties in {@code
   * reviewedLane} as they come (the manifest lists the lanes in their order). A reviewed party's
   * letter is numbered after every excluded party's: with {@code reviewedInPass} and the run's
   * count of excluded parties known, it is handed out as it comes; else {@link Letters#finish()}
   * reads the reviewed parties once more after the pass.
   */
  Letters start(
      RunInfo run,
      Path folder,
      ParallelDocuments documents,
      int excludedLane,
      int reviewedLane,
      boolean reviewedInPass) {
    Long excluded = run.counts() == null ? null : run.counts().get(Decision.EXCLUDE);
    return new Letters(
        run,
        folder,
        documents,
        new int[] {excludedLane, reviewedLane},
        reviewedInPass ? excluded : null);
  }

  /** The letters of one run, handed out a party at a time. */
  final class Letters {

    private final RunInfo run;
    private final Path folder;
    private final ParallelDocuments documents;
    private final int excludedLane;
    private final int reviewedLane;
    private final Long excluded;
    private final RegistryDates registries;
    private final PartyReasons reasons;
    private int excludedSeen;
    private int reviewedSeen;

    /**
     * @param lanes the lanes of the excluded and of the reviewed parties' letters
     * @param excluded the run's excluded parties, when the reviewed are handed out as they come
     */
    private Letters(
        RunInfo run, Path folder, ParallelDocuments documents, int[] lanes, Long excluded) {
      this.run = run;
      this.folder = folder;
      this.documents = documents;
      this.excludedLane = lanes[0];
      this.reviewedLane = lanes[1];
      this.excluded = excluded;
      this.registries = new RegistryDates(run, texts);
      this.reasons = sources.reasons(texts);
    }

    /**
     * Hands out the letter of a party under EXCLUDE (and of one under REVIEW when the number of
     * excluded parties is known); does nothing for any other party.
     */
    void add(PartyResult party) throws IOException {
      if (party.decision() == Decision.EXCLUDE) {
        excludedSeen++;
        handOut(excludedLane, excludedSeen, party);
      } else if (party.decision() == Decision.REVIEW && excluded != null) {
        reviewedSeen++;
        handOut(reviewedLane, Math.toIntExact(excluded) + reviewedSeen, party);
      }
    }

    /**
     * After the parties: hands out the letters of the reviewed parties not handed out yet, reading
     * them once more; fails if the run's count of excluded parties, by which the reviewed parties'
     * letters were numbered, was not the number of them.
     */
    void finish() throws IOException {
      if (excluded != null) {
        if (excluded.longValue() != excludedSeen) {
          throw new IllegalStateException(
              "The run counts "
                  + excluded
                  + " excluded parties and its results hold "
                  + excludedSeen
                  + ": the hearing letters would be numbered wrongly");
        }
        return;
      }
      if (run.counts() != null && run.counts().getOrDefault(Decision.REVIEW, 0L) == 0) {
        return;
      }
      try (Stream<PartyResult> parties = results.results(run.runId(), Decision.REVIEW)) {
        for (PartyResult party : (Iterable<PartyResult>) parties::iterator) {
          if (party.decision() == Decision.REVIEW) {
            reviewedSeen++;
            handOut(reviewedLane, excludedSeen + reviewedSeen, party);
          }
        }
      }
    }

    private void handOut(int letterLane, int index, PartyResult party) throws IOException {
      String name = fileName(index, party);
      documents.addFile(
          letterLane,
          folder.resolve(name),
          name,
          fonts -> writeLetter(run, party, name, reasons, registries, fonts));
    }
  }

  /** {@code kommunicering-001-558161-2586.pdf}; a sole trader's number masked. */
  static String fileName(int index, PartyResult party) {
    return CertificateFolderWriter.numberedFileName("kommunicering-", index, 3, party);
  }

  /** The day of the run, from which the answer's date is counted. */
  private static LocalDate runDay(RunInfo run) {
    return run.finishedAt() != null
        ? run.finishedAt().atZone(SWEDEN).toLocalDate()
        : run.startedAt() != null ? run.startedAt().atZone(SWEDEN).toLocalDate() : run.asOf();
  }

  /**
   * One letter drawn with these fonts, as the bytes of its PDF (in a buffer of the thread's, see
   * {@link PdfFlow#toFileBytes}); null when a text has a letter only the whole fonts have.
   */
  private PdfFileBytes writeLetter(
      RunInfo run,
      PartyResult party,
      String name,
      PartyReasons reasons,
      RegistryDates registries,
      PdfFonts fonts)
      throws IOException {
    LocalDate day = runDay(run);
    LocalDate replyBy = day.plusDays(replyDays);
    String procurement =
        sources
            .titles()
            .apply(party.procurementId())
            .map(title -> party.procurementId() + " – " + title)
            .orElse(party.procurementId());
    boolean exclude = party.decision() == Decision.EXCLUDE;
    String title = texts.get(exclude ? "letter.title.exclude" : "letter.title.review");
    try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
      document.setDocumentId(PdfArchival.documentId(run.runId(), name));
      PdfFlow flow = new PdfFlow(document, fonts);
      PdfArchival.describe(
          document, run, title + ": " + party.name(), texts.locale(), flow.writtenAsBytes());
      flow.heading(title, 15);
      List<String[]> head = new ArrayList<>();
      head.add(pair("letter.to", party.name()));
      head.add(pair("letter.orgNo", PdfReportWriter.maskedNumber(party.orgNo())));
      head.add(pair("letter.procurement", procurement));
      head.add(pair("letter.date", texts.date(day)));
      head.add(pair("letter.officer", contact(run)));
      head.add(pair("letter.replyBy", texts.date(replyBy)));
      flow.own(() -> flow.keyValues(head, 130)); // the party's name and number: not kept
      flow.paragraph(
          texts.get(
              exclude ? "letter.intro.exclude" : "letter.intro.review",
              party.procurementId(),
              reasons.role(party).toLowerCase(texts.locale())),
          10);
      flow.heading(texts.get("letter.found.title"), 12);
      int number = 0;
      for (Finding finding : PartyReasons.sortedBySeverity(PartyReasons.deciding(party))) {
        number++;
        flow.paragraph(number + ". " + reasons.words().sentence(finding), 10);
        List<String[]> details = new ArrayList<>();
        details.add(
            new String[] {
              texts.get("letter.legalBasis"), reasons.legal().of(finding, party.procurementType())
            });
        String evidence = reasons.words().evidence().text(finding);
        if (!evidence.isBlank()) {
          details.add(new String[] {texts.get("letter.evidence"), evidence});
        }
        String check = checkOf(finding);
        if (check != null) {
          details.add(
              new String[] {
                texts.get("letter.source"), registries.name(check) + ", " + registries.asOf(check)
              });
        }
        flow.keyValues(details, 110);
      }
      flow.heading(texts.get("letter.answer.title"), 12);
      flow.paragraph(texts.get("letter.answer.text", texts.date(replyBy)), 10);
      flow.paragraph(texts.get("letter.answer.selfCleaning"), 10);
      flow.paragraph(
          texts.get("letter.answer.how", contact(run), party.procurementId(), texts.date(replyBy)),
          10);
      flow.paragraph(texts.get("letter.closing", contact(run)), 10);
      flow.paragraph(texts.get("letter.footer", run.runId()), 7);
      return flow.toFileBytes(texts, run.runId());
    }
  }

  /** The registry a finding's record came from, or null for a finding about no registry record. */
  static String checkOf(Finding finding) {
    return finding.recordRule().map(RuleRegistries::of).orElse(null);
  }

  private String[] pair(String key, String value) {
    return new String[] {texts.get(key), value == null ? "" : value};
  }
}
