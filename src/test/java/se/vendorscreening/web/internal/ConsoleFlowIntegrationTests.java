package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.GroundEvidence;
import se.vendorscreening.screening.GroundEvidenceSource;
import se.vendorscreening.screening.RunProgress;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.ExclusionGround;
import se.vendorscreening.web.ConsoleUsers;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

/**
 * One console flow end to end through the web layer, on H2 and again on PostgreSQL (it is an
 * integration test): an officer logs in, uploads the sample with its sworn statements, follows the
 * screen's progress (parties checked of all), opens the result and a party page (grounds and
 * evidence kinds in words with their codes), records an override; an auditor finds it in the audit
 * trail with the officer as actor, verifies the run and uploads a run folder this database never
 * recorded. A database of its own: it records an override and counts audit records.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=servlet",
      "screening.web.users-file=target/test-console/users-flow-${PID}.yml",
      "screening.reports-dir=target/test-console/reports-flow-${PID}",
      "screening.web.min-password-length=8",
      "screening.data-dir=target/test-data/console-flow-${PID}",
      "vs.test.schema-suffix=_console_flow",
      // small chunks, so that the parties step commits its count while the screen runs
      "screening.screening.chunk-size=5"
    })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFlowIntegrationTests {

  static final String OFFICER = ConsoleUsersFixture.OFFICER;
  static final String AUDITOR = ConsoleUsersFixture.AUDITOR;
  static final String REASON = "Självsanering styrkt, beslut KS-2026/733";
  static final Path STATEMENTS = Path.of("sample-data", "lou-sanningsforsakran.csv");
  static final int SAMPLE_PARTIES = 27;
  static final int CHUNK = 5;

  /** Holds the screen at the first party of its third chunk until the test has seen it. */
  static final Gate GATE = new Gate(2 * CHUNK + 1);

  static String runId;

  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired ConsoleUsers users;
  @Autowired RunParties parties;
  @Autowired RunProgress progress;
  @Autowired AuditTrail trail;
  @Autowired MessageSource messages;

  @org.springframework.beans.factory.annotation.Value("${screening.data-path}")
  Path dataPath;

  @TestConfiguration
  static class Gated {
    @Bean
    GroundEvidenceSource gate() {
      return GATE;
    }
  }

  @Test
  @Order(1)
  void anOfficerUploadsTheSampleAndFollowsItsProgressPartyByPartyToTheResults() throws Exception {
    ConsoleUsersFixture.addTo(users);
    MockHttpSession officer = logIn(OFFICER);

    String progressPage =
        mvc.perform(
                multipart("/screenings")
                    .file(upload("vendors", SampleRun.VENDORS))
                    .file(upload("statements", STATEMENTS))
                    .param("asOf", SampleRun.AS_OF.toString())
                    .session(officer)
                    .with(csrf()))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(progressPage).startsWith("/screenings/");

    assertThat(GATE.reached.await(2, TimeUnit.MINUTES)).as("the screen reached the gate").isTrue();
    try {
      String run =
          attribute(html(mvc.perform(get(progressPage).session(officer)).andReturn()), "data-run");
      // The step checks a chunk ahead of the one it writes: the third chunk's first party is
      // reached once the first chunk is committed, and the second chunk is written and committed
      // while the gate holds the third, so the count comes to rest at two chunks.
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> step(run, "screenPartiesStep").written() == 2L * CHUNK);
      String page = html(mvc.perform(get(progressPage).session(officer)).andReturn());
      RunProgress.Step checking = step(run, "screenPartiesStep");
      assertThat(checking.written()).as("two chunks committed").isEqualTo(2L * CHUNK);
      assertThat(page)
          .contains("data-step=\"screenImportStep\" data-status=\"COMPLETED\"")
          .contains(SAMPLE_PARTIES + " parter inlästa")
          .contains(2 * CHUNK + " av " + SAMPLE_PARTIES + " parter kontrollerade")
          .contains("value=\"" + 2 * CHUNK + "\"", "max=\"" + SAMPLE_PARTIES + "\"")
          .contains("<p id=\"progress-summary\" role=\"status\">10 av 27 parter kontrollerade</p>")
          .contains("<script src=\"/js/progress.js\" defer></script>")
          .doesNotContain("http-equiv=\"refresh\"");
      String english =
          html(mvc.perform(get(progressPage + "?lang=en").session(officer)).andReturn());
      assertThat(english)
          .contains(2 * CHUNK + " of " + SAMPLE_PARTIES + " parties checked")
          .contains("Checking the parties against the registries")
          .doesNotContain("parter kontrollerade");
      progressPageIsAccessible(progressPage);
    } finally {
      GATE.open.countDown();
    }

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                mvc.perform(get(progressPage).session(officer))
                        .andReturn()
                        .getResponse()
                        .getStatus()
                    == 302);
    String results =
        mvc.perform(get(progressPage).session(officer))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(results).startsWith("/runs/");
    runId = results.substring("/runs/".length());
    String page = html(mvc.perform(get(results + "?lang=sv").session(officer)).andReturn());
    assertThat(count(page, "<tr data-party")).isEqualTo(SAMPLE_PARTIES);
    // what the officer acts on first, first: the counts and the rows worst first, the report first
    assertThat(page.indexOf("data-decision=\"EXCLUDE\""))
        .isLessThan(page.indexOf("data-decision=\"REVIEW\""));
    assertThat(page.indexOf("data-decision=\"REVIEW\""))
        .isLessThan(page.indexOf("data-decision=\"CLEAR\""));
    assertThat(page.indexOf(">Uteslut</span>"))
        .isLessThan(page.indexOf(">Inga anmärkningar</span>"));
    assertThat(page.indexOf(">report.pdf</a>")).isLessThan(page.indexOf(">kommunicering-001"));
    assertThat(step(runId, "screenPartiesStep").written()).isEqualTo(SAMPLE_PARTIES);
  }

  @Test
  @Order(2)
  void thePartyPageNamesEachFindingsGroundsAndEvidenceKindsInWordsWithTheirCodes()
      throws Exception {
    assertThat(runId).as("the run of the first test").isNotNull();
    MockHttpSession officer = logIn(OFFICER);
    PartyRow declared = partyWith("FALSE_DECLARATION");
    Finding falseDeclaration = finding(declared, "FALSE_DECLARATION");

    String swedish = partyPage(declared, officer, "sv");
    String english = partyPage(declared, officer, "en");

    String section = section(swedish, "FALSE_DECLARATION");
    assertThat(falseDeclaration.grounds()).contains(ExclusionGround.MISREPRESENTATION);
    for (ExclusionGround ground : falseDeclaration.grounds()) {
      assertThat(section)
          .contains(
              "<li data-code=\""
                  + ground.code()
                  + "\"><span>"
                  + words("reporting.words.ground." + ground.name(), "sv")
                  + "</span> <span class=\"code\">"
                  + ground.code()
                  + "</span></li>");
      assertThat(section(english, "FALSE_DECLARATION"))
          .contains("<span>" + words("reporting.words.ground." + ground.name(), "en") + "</span>");
    }
    assertThat(section)
        .contains("<li data-kind=\"SWORN_STATEMENT\">Sanningsförsäkran</li>")
        .contains("<li data-kind=\"REGISTRY\">Registeruppgift</li>")
        .contains(words("reporting.words.rule.FALSE_DECLARATION", "sv"))
        .contains("Uteslutningsgrund (ESPD)");
    assertThat(section(english, "FALSE_DECLARATION"))
        .contains("<li data-kind=\"SWORN_STATEMENT\">Sworn statement</li>")
        .contains("<li data-kind=\"REGISTRY\">Registry answer</li>")
        .contains(words("reporting.words.rule.FALSE_DECLARATION", "en"))
        .contains("Exclusion ground (ESPD)")
        .doesNotContain("Sanningsförsäkran", "Registeruppgift", "Uteslutningsgrund");
    // the statement's signer is among the evidence the officer may read
    assertThat(section).contains("data-key=\"evidence_basis\"", "Anders Eriksson");
  }

  @Test
  @Order(3)
  void anOverrideRecordedOnThePartyPageIsInTheAuditTrailWithTheOfficerAsActor() throws Exception {
    assertThat(runId).as("the run of the first test").isNotNull();
    MockHttpSession officer = logIn(OFFICER);
    PartyRow excluded = excludedByConviction();
    String rule = "CONVICTION_MANDATORY";

    mvc.perform(
            post("/runs/{run}/parties/{index}/overrides", runId, excluded.index())
                .session(officer)
                .with(csrf())
                .param("ruleId", rule)
                .param("decision", "REVIEW")
                .param("reason", REASON))
        .andExpect(status().isFound());

    String party = partyPage(excluded, officer, "sv");
    String overrides = party.substring(party.indexOf("id=\"overrides\""));
    assertThat(overrides).contains(REASON, OFFICER, "Granska");

    List<AuditRecord> recorded =
        trail.find(new AuditQuery(null, excluded.party().partyKey(), OFFICER)).stream()
            .filter(record -> record.kind() == AuditKind.OVERRIDE)
            .toList();
    assertThat(recorded).singleElement();
    assertThat(recorded.get(0).facts())
        .containsEntry("reason", REASON)
        .containsEntry("ruleId", rule);

    MockHttpSession auditor = logIn(AUDITOR);
    String trailPage =
        html(mvc.perform(get("/audit/trail?actor=" + OFFICER).session(auditor)).andReturn());
    String row = rowOfKind(trailPage, "OVERRIDE");
    assertThat(row)
        .contains(OFFICER)
        .contains("Skäl: " + REASON)
        .contains("Beslut: Granska")
        .contains("Regel: " + rule);
    assertThat(rowOfKind(trailPage, "VIEWED")).contains(OFFICER, "Visat: partssidan");

    mvc.perform(get("/audit/trail").session(officer)).andExpect(status().isForbidden());
  }

  @Test
  @Order(4)
  void theAuditorVerifiesTheRunAndTellsAFolderThisDatabaseNeverRecorded() throws Exception {
    assertThat(runId).as("the run of the first test").isNotNull();
    MockHttpSession auditor = logIn(AUDITOR);

    String picked =
        html(
            mvc.perform(post("/audit/verify").param("runId", runId).session(auditor).with(csrf()))
                .andReturn());
    assertThat(attribute(picked, "data-outcome")).isEqualTo("VERIFIED");

    String elsewhere = "screen-elsewhere-" + UUID.randomUUID();
    String uploaded =
        html(
            mvc.perform(
                    multipart("/audit/verify/upload")
                        .file(
                            new MockMultipartFile(
                                "folder",
                                elsewhere + ".zip",
                                "application/zip",
                                unsignedRunFolder(elsewhere)))
                        .session(auditor)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(attribute(uploaded, "data-outcome")).isEqualTo("NOT_RECORDED");
    assertThat(attribute(uploaded, "data-intact")).isEqualTo("false");
    assertThat(uploaded)
        .contains(
            "Alla 2 filer stämmer med manifestet, men den här databasen har ingen uppgift om"
                + " körningen")
        .contains("Granskningsloggen har ingen uppgift om körningen.")
        .contains(elsewhere)
        .contains("Osignerat")
        .contains("class=\"message warning\"")
        .doesNotContain("id=\"discrepancies\"");
    try (var left = Files.list(dataPath.resolve("console-uploads"))) {
      assertThat(left.map(folder -> folder.getFileName().toString()))
          .as("the unpacked upload is deleted after the check")
          .noneMatch(name -> name.startsWith("verify-"));
    }
  }

  /**
   * The progress page as it stands while the screen is held, in headless Chromium: no serious or
   * critical axe-core violation. It reloads itself every two seconds (the same page while held): an
   * analysis the reload cut short is run again.
   */
  private void progressPageIsAccessible(String progressPage) throws Exception {
    try (ConsoleBrowser browser = ConsoleBrowser.start()) {
      browser.on(port);
      browser.logIn(OFFICER);
      for (int attempt = 1; ; attempt++) {
        try {
          browser.open(progressPage);
          browser.waitFor(org.openqa.selenium.By.id("parties-progress"));
          browser.screenshot("progress");
          browser.assertAccessible("progress");
          return;
        } catch (org.openqa.selenium.WebDriverException reloaded) {
          if (attempt == 3) {
            throw reloaded;
          }
        }
      }
    }
  }

  /**
   * A run folder as another installation would hand it over: results.csv and an unsigned
   * manifest.json that lists it with its SHA-256, zipped at the zip's root.
   */
  private static byte[] unsignedRunFolder(String runId) throws Exception {
    byte[] results =
        "org_no,name,decision\n556677-8899,Annan Kommuns Leverantör AB,CLEAR\n"
            .getBytes(StandardCharsets.UTF_8);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(results));
    String manifest =
        "{\"runId\":\""
            + runId
            + "\",\"outputs\":[{\"name\":\"results.csv\",\"sha256\":\""
            + sha256
            + "\",\"bytes\":"
            + results.length
            + "}]}";
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("manifest.json"));
      out.write(manifest.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("results.csv"));
      out.write(results);
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  private MockHttpSession logIn(String user) throws Exception {
    MvcResult login =
        mvc.perform(formLogin("/login").user(user).password(ConsoleUsersFixture.PASSWORD))
            .andExpect(status().isFound())
            .andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
    return (MockHttpSession) login.getRequest().getSession(false);
  }

  private String partyPage(PartyRow row, MockHttpSession session, String language)
      throws Exception {
    MockHttpServletRequestBuilder request =
        get("/runs/{run}/parties/{index}", runId, row.index())
            .param("lang", language)
            .session(session);
    return html(mvc.perform(request).andExpect(status().isOk()).andReturn());
  }

  private PartyRow partyWith(String rule) {
    return parties.rows(runId, new PartyFilter(null, null, rule)).stream()
        .findFirst()
        .orElseThrow(() -> new AssertionError("no party with " + rule + " in " + runId));
  }

  /** An excluded party whose only excluding finding is a final conviction. */
  private PartyRow excludedByConviction() {
    return parties.rows(runId, new PartyFilter(Decision.EXCLUDE, null, null)).stream()
        .filter(
            row ->
                row.party().findings().stream()
                    .filter(f -> !f.informational() && f.decision() == Decision.EXCLUDE)
                    .map(Finding::ruleId)
                    .distinct()
                    .toList()
                    .equals(List.of("CONVICTION_MANDATORY")))
        .findFirst()
        .orElseThrow();
  }

  private static Finding finding(PartyRow row, String rule) {
    return row.party().findings().stream()
        .filter(f -> f.ruleId().equals(rule))
        .findFirst()
        .orElseThrow();
  }

  private RunProgress.Step step(String run, String name) {
    return progress.of(run).orElseThrow().steps().stream()
        .filter(step -> step.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private String words(String key, String language) {
    return org.springframework.web.util.HtmlUtils.htmlEscape(
        messages.getMessage(key, null, Locale.forLanguageTag(language)),
        StandardCharsets.UTF_8.name());
  }

  /** The finding's section of a party page. */
  private static String section(String page, String rule) {
    int start = page.indexOf("data-rule=\"" + rule + "\"");
    assertThat(start).as("a section for " + rule).isPositive();
    int end = page.indexOf("</section>", start);
    return page.substring(start, end);
  }

  private static String rowOfKind(String page, String kind) {
    int start = page.indexOf("<tr data-kind=\"" + kind + "\"");
    assertThat(start).as("a row of kind " + kind).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static String attribute(String page, String name) {
    Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(page);
    assertThat(value.find()).as(name).isTrue();
    return value.group(1);
  }

  private static int count(String page, String text) {
    return page.split(Pattern.quote(text), -1).length - 1;
  }

  private static String html(MvcResult result) throws Exception {
    return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  private static MockMultipartFile upload(String name, Path file) throws Exception {
    return new MockMultipartFile(
        name, file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file));
  }

  /**
   * Answers nothing about any party, but holds the screening thread at the given party (counted
   * from one) until the test opens it, or for at most two minutes.
   */
  static final class Gate implements GroundEvidenceSource {

    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch open = new CountDownLatch(1);
    private final int at;
    private final AtomicInteger asked = new AtomicInteger();

    Gate(int at) {
      this.at = at;
    }

    @Override
    public String check() {
      return "TEST_GATE";
    }

    @Override
    public List<GroundEvidence> evidenceAbout(RegisteredParty party, LocalDate asOf) {
      if (asked.incrementAndGet() == at) {
        reached.countDown();
        try {
          open.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return List.of();
    }
  }
}
