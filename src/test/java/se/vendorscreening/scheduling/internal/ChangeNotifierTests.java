package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.vendorscreening.ForbiddenCodes;
import se.vendorscreening.scheduling.NotificationSent;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.shared.Decision;

@SpringBootTest(
    properties = {
      "screening.scheduling.mail.enabled=true",
      "screening.scheduling.mail.from=leverantorskontroll@huddinge.example",
      "screening.scheduling.contacts-file=src/test/resources/scheduling/contacts.yml",
      "spring.mail.host=127.0.0.1"
    })
@Import({SchedulingTestConfiguration.class, TestSchedulers.class})
@RecordApplicationEvents
class ChangeNotifierTests {

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
  }

  @Autowired ChangeNotifier notifier;
  @Autowired TestSchedulers schedulers;
  @Autowired ApplicationEvents events;

  @TempDir Path runFolder;
  @TempDir Path jobsDir;

  @AfterEach
  void cleanUp() throws Exception {
    schedulers.shutdownAll();
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void mailsEachResponsibleContactItsChangesInSwedishWithTheReportAttached() throws Exception {
    Files.writeString(runFolder.resolve("report.pdf"), "%PDF-1.7 small");
    RunOutcome outcome = outcome("20261128-020000-recheck-42", runFolder);

    int sent =
        notifier.notifyChanges(
            outcome,
            List.of(
                FabricatedChanges.ESCALATED_IN_KS,
                FabricatedChanges.NEW_IN_SOC,
                FabricatedChanges.RESOLVED_ELSEWHERE),
            Locale.forLanguageTag("sv-SE"));

    assertThat(sent).isEqualTo(4);
    Map<String, MimeMessage> byRecipient = byRecipient(smtp.getReceivedMessages());
    assertThat(byRecipient)
        .containsOnlyKeys(
            "avtal.ks@huddinge.example",
            "avtal.soc@huddinge.example",
            "controller.soc@huddinge.example",
            "upphandling@huddinge.example");
    MimeMessage ks = byRecipient.get("avtal.ks@huddinge.example");
    assertThat(ks.getSubject())
        .isEqualTo("Leverantörskontroll: 1 förändring vid omkontrollen 20261128-020000-recheck-42");
    assertThat(ks.getFrom()[0].toString()).isEqualTo("leverantorskontroll@huddinge.example");
    String body = bodyOf(ks);
    assertThat(body)
        .contains(
            "Omkontrollen 20261128-020000-recheck-42 (per 2026-11-28) av leverantörerna i era aktiva avtal visar 1 förändring:")
        .contains(
            "- KS-2026/317: 555242-9028 Huddinge Bygg & Mark AB: Inga anmärkningar -> Uteslut (SKÄRPT). Skäl: Huddinge Bygg & Mark AB: mutbrott eller bestickning, lagakraftvunnen dom 2026-09-01. Avtal: AVT-2026-101.")
        .contains(
            "Hela rapporten (PDF, Excel, changes.csv) finns i körmappen: "
                + runFolder.toAbsolutePath())
        .contains("Rapporten report.pdf är bifogad.")
        .doesNotContain("Södertörns");
    assertThat(attachmentNames(ks)).containsExactly("report.pdf");
    assertThat(bodyOf(byRecipient.get("avtal.soc@huddinge.example")))
        .contains(
            "- SOC-2025/044: 554599-5457 Södertörns Fasad och Tak AB: ingen tidigare kontroll -> Granska (NY). Skäl: Obetald skatt eller avgift 46\u00a0200\u00a0kr, lagakraftvunnet beslut. Avtal: SOC-AVT-7.");
    assertThat(bodyOf(byRecipient.get("upphandling@huddinge.example")))
        .contains(
            "- IT-2024/009: 556036-0793 Åkerlunds Data AB: Granska -> Inga anmärkningar (LÖST). Skäl: Inga anmärkningar i registren. Avtal: IT-AVT-3.");
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      assertThat(ForbiddenCodes.in(mail.getSubject() + "\n" + bodyOf(mail))).isEmpty();
    }
    assertThat(events.stream(NotificationSent.class))
        .extracting(NotificationSent::recipients)
        .containsExactlyInAnyOrder(
            List.of("avtal.ks@huddinge.example"), List.of("avtal.soc@huddinge.example"),
            List.of("controller.soc@huddinge.example"), List.of("upphandling@huddinge.example"));
    assertThat(events.stream(NotificationSent.class))
        .filteredOn(e -> e.recipients().contains("avtal.ks@huddinge.example"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.runId()).isEqualTo("20261128-020000-recheck-42");
              assertThat(e.subject()).isEqualTo(ks.getSubject());
              assertThat(e.procurementIds()).containsExactly("KS-2026/317");
            });
  }

  @Test
  void writesInEnglishAndLinksAReportTooLargeToAttach() throws Exception {
    Files.write(runFolder.resolve("report.pdf"), new byte[6 * 1024 * 1024]);

    notifier.notifyChanges(
        outcome("20261128-020000-recheck-43", runFolder),
        List.of(FabricatedChanges.ESCALATED_IN_KS),
        Locale.ENGLISH);

    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getSubject())
        .isEqualTo("Vendor screening: 1 change found by the re-check 20261128-020000-recheck-43");
    assertThat(bodyOf(mail))
        .contains(
            "- KS-2026/317: 555242-9028 Huddinge Bygg & Mark AB: No findings -> Exclude (ESCALATED). Reason: Huddinge Bygg & Mark AB: bribery, final judgment 2026-09-01. Contracts: AVT-2026-101.")
        .contains("The report report.pdf is too large to attach; open it in the run folder.");
    assertThat(attachmentNames(mail)).isEmpty();
  }

  @Test
  void theScheduledRecheckMailsItsChangesButNotTheUnchangedParties() throws Exception {
    String name = TestSchedulers.uniqueName("recheck-mail");
    TestSchedulers.writeJob(
        jobsDir, name, "job: recheck", "cron: '* * * * * ?'", "zone: Europe/Stockholm");
    QuartzJobScheduling scheduling =
        schedulers.scheduling(schedulers.create(name, "node-a"), jobsDir);

    scheduling.start();

    await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length >= 4);
    scheduling.stop();
    String everything =
        Arrays.stream(smtp.getReceivedMessages())
            .map(ChangeNotifierTests::bodyOf)
            .collect(Collectors.joining());
    assertThat(everything)
        .contains("Huddinge Bygg & Mark AB", "Södertörns Fasad och Tak AB", "Åkerlunds Data AB")
        .doesNotContain("Tyresö Städ AB");
  }

  private static RunOutcome outcome(String runId, Path folder) {
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    Arrays.stream(Decision.values()).forEach(d -> counts.put(d, 1L));
    RunInfo run =
        new RunInfo(
            runId,
            "recheck",
            Instant.now(),
            Instant.now(),
            LocalDate.of(2026, 11, 28),
            "scheduler:nightly",
            Locale.forLanguageTag("sv-SE"),
            "rules-test",
            "plan",
            List.of(),
            List.of(),
            "file",
            List.of(),
            counts,
            "COMPLETED");
    return new RunOutcome(run, folder, 0);
  }

  private static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
    Map<String, MimeMessage> byRecipient = new java.util.HashMap<>();
    for (MimeMessage message : messages) {
      for (Address address : message.getAllRecipients()) {
        byRecipient.put(address.toString(), message);
      }
    }
    return byRecipient;
  }

  private static String bodyOf(MimeMessage message) {
    try {
      Multipart multipart = (Multipart) message.getContent();
      Object first = multipart.getBodyPart(0).getContent();
      if (first instanceof Multipart related) {
        return String.valueOf(related.getBodyPart(0).getContent());
      }
      return String.valueOf(first);
    } catch (Exception e) {
      return GreenMailUtil.getBody(message);
    }
  }

  private static List<String> attachmentNames(MimeMessage message) throws Exception {
    Multipart multipart = (Multipart) message.getContent();
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).getFileName() != null) {
        names.add(multipart.getBodyPart(i).getFileName());
      }
    }
    return names;
  }
}
