package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

class InboxPollerTests {

  @TempDir Path root;

  private final RecordingScreeningJobs screeningJobs =
      new RecordingScreeningJobs(Path.of("target", "inbox-test-reports"));
  private final InboxPoller poller =
      new InboxPoller(screeningJobs, messages(), java.time.Clock.systemUTC());

  @Test
  void screensAGoodFileAndMovesItToProcessedAndABrokenOneToFailedWithTheReason() throws Exception {
    // given
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(inbox.resolve("anbud-ks.csv"), "procurement_id,org_no\nKS-2026/317,555242-9028\n");
    write(inbox.resolve("broken-list.csv"), "name\nHuddinge Bygg & Mark AB\n");
    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();

    // when both stood still until the next poll
    poller.poll(settings, first);

    // then
    assertThat(inbox.resolve("processed/anbud-ks.csv"))
        .hasContent("procurement_id,org_no\nKS-2026/317,555242-9028");
    assertThat(inbox.resolve("failed/broken-list.csv")).exists();
    assertThat(inbox.resolve("failed/broken-list.csv.error.txt"))
        .content()
        .isEqualTo(
            "Filen broken-list.csv kunde inte kontrolleras.\nOrsak: broken-list.csv: kolumnen org_no saknas i rubrikraden"
                + System.lineSeparator());
    assertThat(inbox.resolve("anbud-ks.csv")).doesNotExist();
    assertThat(inbox.resolve("broken-list.csv")).doesNotExist();
    assertThat(screeningJobs.screensBy(settings.actor()))
        .extracting(request -> request.vendors().getFileName().toString())
        .containsExactlyInAnyOrder("anbud-ks.csv", "broken-list.csv");
  }

  @Test
  void leavesAFileThatIsStillBeingWritten() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    Path file = inbox.resolve("growing.csv");
    write(file, "procurement_id,org_no\n");
    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());

    Files.writeString(file, "KS-2026/317,555242-9028\n", java.nio.file.StandardOpenOption.APPEND);
    InboxSnapshot second = poller.poll(settings, first);

    assertThat(file).exists();
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();

    poller.poll(settings, second);

    assertThat(inbox.resolve("processed/growing.csv")).exists();
    assertThat(screeningJobs.screensBy(settings.actor())).hasSize(1);
  }

  @Test
  void waitsForTheRepresentativesFileAndScreensItWithItsVendorList() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(inbox.resolve("lov-hemtjanst.xlsx"), "not really a workbook, the fake does not read it");
    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());
    write(inbox.resolve("lov-hemtjanst-representatives.csv"), "org_no,name,role\n");

    InboxSnapshot second = poller.poll(settings, first);
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();
    poller.poll(settings, second);

    assertThat(screeningJobs.screensBy(settings.actor()))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.vendors()).isEqualTo(inbox.resolve("lov-hemtjanst.xlsx"));
              assertThat(request.representatives())
                  .isEqualTo(inbox.resolve("lov-hemtjanst-representatives.csv"));
              assertThat(request.language()).isEqualTo(Locale.forLanguageTag("sv-SE"));
            });
    assertThat(inbox.resolve("processed/lov-hemtjanst.xlsx")).exists();
    assertThat(inbox.resolve("processed/lov-hemtjanst-representatives.csv")).exists();
  }

  @Test
  void screensTheOwnershipFileWithItsVendorListOnceItStoodStill() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(inbox.resolve("anbud-ks.csv"), "procurement_id,org_no\nKS-2026/317,555242-9028\n");
    write(inbox.resolve("anbud-ks-representatives.csv"), "org_no,name,role\n");
    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());
    write(inbox.resolve("anbud-ks-owners.csv"), "ägare;ägt_organisationsnummer;andel;land\n");

    InboxSnapshot second = poller.poll(settings, first);
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();
    poller.poll(settings, second);

    assertThat(screeningJobs.screensBy(settings.actor()))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.owners()).isEqualTo(inbox.resolve("anbud-ks-owners.csv"));
              assertThat(request.representatives())
                  .isEqualTo(inbox.resolve("anbud-ks-representatives.csv"));
            });
    assertThat(inbox.resolve("processed/anbud-ks-owners.csv")).exists();
    assertThat(inbox.resolve("processed/anbud-ks-representatives.csv")).exists();
    assertThat(inbox.resolve("processed/anbud-ks.csv")).exists();
  }

  @Test
  void screensTheSwornStatementsFileWithItsVendorListOnceItStoodStill() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(inbox.resolve("anbud-lou.csv"), "procurement_id,org_no\nKS-2026/317,555242-9028\n");
    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());
    write(inbox.resolve("anbud-lou-sanningsforsakran.csv"), "org_no;undertecknad_av\n");

    // the statements file arrived after the list: the list waits until both stood still
    InboxSnapshot second = poller.poll(settings, first);
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();
    poller.poll(settings, second);

    assertThat(screeningJobs.screensBy(settings.actor()))
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.statements())
                  .isEqualTo(inbox.resolve("anbud-lou-sanningsforsakran.csv"));
              assertThat(request.owners()).isNull();
            });
    assertThat(inbox.resolve("processed/anbud-lou-sanningsforsakran.csv")).exists();
    assertThat(inbox.resolve("processed/anbud-lou.csv")).exists();
  }

  @Test
  void theEnglishStatementsSuffixIsACompanionTooAndNeverScreenedAsAVendorList() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(inbox.resolve("bids.csv"), "procurement_id,org_no\nKS-2026/317,555242-9028\n");
    write(inbox.resolve("bids-statements.csv"), "org_no;signed_by\n");

    InboxSnapshot first = poller.poll(settings, InboxSnapshot.empty());
    poller.poll(settings, first);

    assertThat(screeningJobs.screensBy(settings.actor()))
        .singleElement()
        .satisfies(
            request ->
                assertThat(request.statements()).isEqualTo(inbox.resolve("bids-statements.csv")));
  }

  @Test
  void movesAFileOfAnotherTypeToFailedInTheJobsLanguageAndIgnoresHiddenAndTemporaryFiles()
      throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "en");
    write(inbox.resolve("tender.pdf"), "%PDF");
    write(inbox.resolve(".gitkeep"), "");
    write(inbox.resolve("upload.csv.part"), "procurement_id");

    poller.poll(settings, poller.poll(settings, InboxSnapshot.empty()));

    assertThat(inbox.resolve("failed/tender.pdf.error.txt"))
        .content()
        .startsWith(
            "The file tender.pdf could not be screened.\nReason: The file tender.pdf is neither a CSV file (.csv) nor an Excel workbook (.xlsx)");
    assertThat(inbox.resolve(".gitkeep")).exists();
    assertThat(inbox.resolve("upload.csv.part")).exists();
    assertThat(screeningJobs.screensBy(settings.actor())).isEmpty();
  }

  @Test
  void keepsAnEarlierFileOfTheSameNameInProcessed() throws Exception {
    Path inbox = Files.createDirectories(root.resolve("inbox"));
    JobSettings settings = settings(inbox, "sv-SE");
    write(Files.createDirectories(inbox.resolve("processed")).resolve("anbud.csv"), "earlier");
    write(inbox.resolve("anbud.csv"), "later");

    poller.poll(settings, poller.poll(settings, InboxSnapshot.empty()));

    assertThat(inbox.resolve("processed/anbud.csv")).hasContent("earlier");
    try (var files = Files.list(inbox.resolve("processed"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .hasSize(2)
          .anyMatch(name -> name.matches("anbud-\\d{8}-\\d{6}\\.csv"));
    }
  }

  private JobSettings settings(Path inbox, String language) {
    return new JobSettings(
        "inbox-" + root.getFileName(),
        Locale.forLanguageTag(language),
        inbox,
        Period.ofDays(90),
        "inbox.yml");
  }

  private static void write(Path file, String content) throws Exception {
    Files.writeString(file, content);
    // a fixed time stamp, so two polls see the same time even on coarse file systems
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-28T08:00:00Z")));
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages.scheduling");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
