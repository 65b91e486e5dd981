package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.task.SyncTaskExecutor;
import se.vendorscreening.screening.OutputFile;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;

/**
 * A hearing letter names as contact, answer address and signature the configured sender when there
 * is one, and the run's actor otherwise (docs/reports.md, "Hearing letters").
 */
class HearingLetterSenderTests {

  private static final String SENDER = "Upphandlingsenheten, upphandling@kommunen.example";

  @TempDir Path out;

  @Test
  void theConfiguredSenderIsTheContactTheAnswerAddressAndTheSignature() throws Exception {
    String text = firstLetter(SENDER);

    assertThat(text).contains("Kontakt " + SENDER).contains("Skicka ert svar till " + SENDER);
    assertThat(text).contains("Med vänlig hälsning\n" + SENDER);
    assertThat(text).doesNotContain("Maria Lindqvist");
  }

  @Test
  void withoutASenderTheRunsActorIsTheContact() throws Exception {
    String text = firstLetter("  ");

    assertThat(text).contains("Kontakt Maria Lindqvist").contains("Skicka ert svar till Maria");
    assertThat(text).doesNotContain("Upphandlingsenheten");
  }

  private String firstLetter(String sender) throws Exception {
    List<PartyResult> parties = SampleRun.parties();
    RunInfo run =
        SampleRun.run(
            "20261128-030000-screen-hls", "screen", Locale.forLanguageTag("sv-SE"), parties);
    ScreeningResults results = new InMemoryScreeningResults(run, parties, List.of(), List.of());
    ReportTexts texts = new ReportTexts(SampleRun.messages(), run.language());
    ReportSources sources = new ReportSources(new SampleRegister());
    List<OutputFile> letters;
    try (ParallelDocuments documents = new ParallelDocuments(new SyncTaskExecutor(), 1)) {
      letters =
          new HearingLetterWriter(results, texts, sources, 14, sender).write(run, out, documents);
    }
    assertThat(letters).isNotEmpty();
    try (PDDocument document = Loader.loadPDF(out.resolve(letters.get(0).name()).toFile())) {
      return new PDFTextStripper().getText(document).replace("\r", "");
    }
  }
}
