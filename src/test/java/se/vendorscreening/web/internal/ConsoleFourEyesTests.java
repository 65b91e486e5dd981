package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.web.servlet.MockMvc;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.OverrideProposal;
import se.vendorscreening.screening.OverrideProposal.Status;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.RunProgress;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.web.ConsoleUsers;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

/**
 * Four-eyes approval of overrides: an override an officer records in the console waits until a
 * second, different officer approves it; only then does a run apply it, and the audit trail names
 * both. A database of its own, since it records overrides and reads decisions.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=servlet",
      "screening.console.overrides.four-eyes=true",
      "screening.web.users-file=target/test-console/users-four-eyes-${PID}.yml",
      "screening.reports-dir=target/test-console/reports-four-eyes",
      "screening.web.min-password-length=8",
      "screening.data-dir=target/test-data/console-four-eyes-${random.uuid}",
      "vs.test.schema-suffix=_four_eyes",
      // only officers see the registries' records behind a finding here
      "screening.console.evidence-roles=OFFICER"
    })
@AutoConfigureMockMvc
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleFourEyesTests {

  static final String PROPOSER = ConsoleUsersFixture.OFFICER;
  static final String APPROVER = ConsoleUsersFixture.SECOND_OFFICER;

  static ConsoleBrowser console;
  static String runId;

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired ScreeningJobs jobs;
  @Autowired RunParties parties;
  @Autowired Overrides overrides;
  @Autowired AuditTrail trail;
  @Autowired ConsoleUsers users;
  @Autowired RunProgress progress;

  @BeforeAll
  static void startTheBrowser() throws IOException {
    console = ConsoleBrowser.start();
  }

  @AfterAll
  static void stopTheBrowser() {
    if (console != null) {
      console.close();
    }
  }

  @BeforeEach
  void theSampleHasBeenScreened() {
    console.on(port);
    ConsoleUsersFixture.addTo(users);
    if (runId == null) {
      runId = screenTheSample();
    }
  }

  @Test
  @Order(1)
  void anOverrideWaitsForASecondOfficerAndAppliesOnlyOnceApproved() throws Exception {
    Instant before = Instant.now();
    PartyRow excluded = excludedByOneRule(runId);
    String rule = excludingRules(excluded.party()).iterator().next();

    mvc.perform(
            post("/runs/{run}/parties/{index}/overrides", runId, excluded.index())
                .with(user(PROPOSER).roles("OFFICER"))
                .with(csrf())
                .param("ruleId", rule)
                .param("decision", "REVIEW")
                .param("reason", "Godtagen självsanering, dnr KS-2026/501"))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("overrideProposed", rule));

    OverrideProposal proposal = pendingFor(excluded.party());
    assertThat(proposal.override().actor()).isEqualTo(PROPOSER);
    assertThat(overrides.of(excluded.party().partyKey())).isEmpty();
    assertThat(decisionInANewRun(excluded.party()))
        .as("a pending override does not apply")
        .isEqualTo(Decision.EXCLUDE);

    // The proposer cannot approve it himself.
    mvc.perform(
            post("/overrides/{id}/approve", proposal.id())
                .with(user(PROPOSER).roles("OFFICER"))
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attributeExists("reviewError"));
    assertThat(overrides.proposal(proposal.id()).orElseThrow().status()).isEqualTo(Status.PENDING);

    mvc.perform(
            post("/overrides/{id}/approve", proposal.id())
                .with(user(APPROVER).roles("OFFICER"))
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(flash().attribute("approved", rule));

    OverrideProposal approved = overrides.proposal(proposal.id()).orElseThrow();
    assertThat(approved.status()).isEqualTo(Status.APPROVED);
    assertThat(approved.reviewedBy()).isEqualTo(APPROVER);
    assertThat(overrides.of(excluded.party().partyKey()))
        .singleElement()
        .satisfies(
            override -> {
              assertThat(override.actor()).isEqualTo(PROPOSER);
              assertThat(override.approvedBy()).isEqualTo(APPROVER);
            });
    assertThat(decisionInANewRun(excluded.party()))
        .as("the approved override applies")
        .isEqualTo(Decision.REVIEW);

    List<AuditRecord> records =
        trail.find(new AuditQuery(before, excluded.party().partyKey(), null)).stream()
            .filter(record -> record.kind() != AuditKind.VIEWED)
            .toList();
    assertThat(records)
        .extracting(AuditRecord::kind, AuditRecord::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuditKind.OVERRIDE_PROPOSED, PROPOSER),
            org.assertj.core.groups.Tuple.tuple(AuditKind.OVERRIDE, APPROVER));
    assertThat(records.get(1).facts())
        .containsEntry("proposedBy", PROPOSER)
        .containsEntry("approvedBy", APPROVER)
        .containsEntry("ruleId", rule);

    // Decided once: a second approval or a rejection of it is refused.
    mvc.perform(
            post("/overrides/{id}/reject", proposal.id())
                .with(user(APPROVER).roles("OFFICER"))
                .with(csrf())
                .param("reason", "för sent"))
        .andExpect(flash().attributeExists("reviewError"));
    assertThat(overrides.proposal(proposal.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
  }

  @Test
  @Order(2)
  void aRejectedOverrideNeverAppliesAndTheRejectionIsAudited() throws Exception {
    Instant before = Instant.now();
    PartyRow excluded = excludedByOneRule(runId);
    String rule = excludingRules(excluded.party()).iterator().next();
    mvc.perform(
            post("/runs/{run}/parties/{index}/overrides", runId, excluded.index())
                .with(user(PROPOSER).roles("OFFICER"))
                .with(csrf())
                .param("ruleId", rule)
                .param("decision", "REVIEW")
                .param("reason", "Felaktig uppgift i registret enligt leverantören"))
        .andExpect(status().isFound());
    OverrideProposal proposal = pendingFor(excluded.party());

    mvc.perform(
            post("/overrides/{id}/reject", proposal.id())
                .with(user(APPROVER).roles("OFFICER"))
                .with(csrf())
                .param("reason", ""))
        .andExpect(flash().attributeExists("reviewError"));
    assertThat(overrides.proposal(proposal.id()).orElseThrow().status()).isEqualTo(Status.PENDING);
    mvc.perform(
            post("/overrides/{id}/reject", proposal.id())
                .with(user(APPROVER).roles("OFFICER"))
                .with(csrf())
                .param("reason", "Underlaget visar inte självsanering"))
        .andExpect(flash().attribute("rejected", rule));

    assertThat(overrides.proposal(proposal.id()).orElseThrow().status()).isEqualTo(Status.REJECTED);
    assertThat(overrides.of(excluded.party().partyKey())).isEmpty();
    assertThat(overrides.proposalsOf(excluded.party().partyKey()))
        .extracting(OverrideProposal::status)
        .containsExactly(Status.REJECTED);
    List<AuditRecord> rejected =
        trail.find(new AuditQuery(before, null, APPROVER)).stream()
            .filter(record -> record.kind() == AuditKind.OVERRIDE_REJECTED)
            .toList();
    assertThat(rejected).singleElement();
    assertThat(rejected.get(0).facts())
        .containsEntry("proposedBy", PROPOSER)
        .containsEntry("reviewReason", "Underlaget visar inte självsanering");
  }

  @Test
  @Order(3)
  void onlyOfficersOpenOrDecideProposals() throws Exception {
    for (String role : List.of("AUDITOR", "MANAGER", "OPERATOR")) {
      mvc.perform(get("/overrides/pending").with(user("someone").roles(role)))
          .andExpect(status().isForbidden());
      mvc.perform(post("/overrides/1/approve").with(user("someone").roles(role)).with(csrf()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/overrides/pending").with(user("olle").roles("OFFICER")))
        .andExpect(status().isOk());
    mvc.perform(post("/overrides/1/approve").with(user(APPROVER).roles("OFFICER")))
        .andExpect(status().isForbidden());
  }

  @Test
  @Order(4)
  void aSecondOfficerApprovesAnOverrideInTheBrowser() throws IOException {
    console.logIn(PROPOSER);
    console.open("/runs/" + runId + "?decision=EXCLUDE");
    console.waitFor(By.cssSelector("table.results tbody tr a")).click();
    WebElement override = console.waitFor(By.cssSelector("details.override"));
    override.findElement(By.tagName("summary")).click();
    new Select(override.findElement(By.cssSelector("select[name=decision]")))
        .selectByValue("REVIEW");
    override
        .findElement(By.cssSelector("textarea[name=reason]"))
        .sendKeys("Självsanering styrkt av leverantörens intyg 2026-11-30");
    override.findElement(By.cssSelector("button[type=submit]")).click();
    assertThat(console.waitFor(By.id("override-proposed")).getText())
        .contains("först när en annan handläggare har godkänt");
    assertThat(console.driver.findElement(By.id("proposals")).getText())
        .contains("Väntar på godkännande", PROPOSER);
    console.screenshot("party-proposed");
    console.assertAccessible("party with a proposal");

    console.open("/overrides/pending");
    WebElement own = console.waitFor(By.cssSelector("section.proposal"));
    assertThat(own.findElements(By.cssSelector("button.approve"))).isEmpty();
    assertThat(own.findElement(By.cssSelector(".own-proposal")).getText())
        .contains("Ditt eget förslag");
    console.assertAccessible("approvals, own proposal");

    console.logIn(APPROVER);
    console.open("/overrides/pending");
    WebElement proposal = console.waitFor(By.cssSelector("section.proposal"));
    assertThat(proposal.findElement(By.cssSelector(".proposed-by")).getText()).isEqualTo(PROPOSER);
    console.screenshot("approvals");
    console.assertAccessible("approvals");
    proposal.findElement(By.cssSelector("button.approve")).click();

    assertThat(console.waitFor(By.cssSelector("p.message[role=status]")).getText())
        .contains("godkänt");
    assertThat(console.driver.findElement(By.id("pending-count")).getText()).endsWith(": 0");
    console.assertAccessible("approvals after approving");

    console.logIn(ConsoleUsersFixture.AUDITOR);
    console.open("/audit/trail?actor=" + APPROVER);
    List<WebElement> approvals =
        console.driver.findElements(By.cssSelector("#trail tbody tr[data-kind=OVERRIDE]"));
    assertThat(approvals).isNotEmpty();
    assertThat(approvals.get(0).getText())
        .contains(APPROVER, "Godkänt av: " + APPROVER, "Föreslaget av: " + PROPOSER);
    console.screenshot("audit-trail-approval");
    console.assertAccessible("audit trail with an approval");
  }

  @Test
  @Order(5)
  void theRegistryRecordsAreShownOnlyToTheRolesAllowedToSeeThem() throws Exception {
    PartyRow excluded = parties.rows(runId, new PartyFilter(Decision.EXCLUDE, null, null)).get(0);
    String auditor = partyPage(excluded, "AUDITOR");
    assertThat(auditor)
        .doesNotContain("class=\"evidence\"", "matched_record")
        .contains("Registrens underlag (posternas fält och värden) visas inte för din roll.")
        .contains("data-rule=\"" + excluded.party().findings().get(0).ruleId() + "\"");
    assertThat(partyPage(excluded, "OFFICER")).contains("class=\"evidence\"", "matched_record");
  }

  @Test
  @Order(6)
  void theManagerReadsTheRecheckPerContractAndPerResponsibleContactWorstFirst() throws Exception {
    String recheck =
        jobs.recheck(
                new RecheckRequest(
                    null,
                    SampleRun.AS_OF,
                    null,
                    Locale.forLanguageTag("sv"),
                    "test-setup",
                    "recheck"))
            .run()
            .runId();

    List<String> byContract = groupsOf(managersPage("/changes?unchanged=true&run=" + recheck));
    assertThat(byContract).isNotEmpty();
    assertWorstFirst(byContract);
    assertThat(byContract).anyMatch(group -> group.contains("KS-2026/317"));

    List<String> byContact =
        groupsOf(managersPage("/changes?by=contact&unchanged=true&run=" + recheck));
    assertThat(byContact)
        .as("config/contacts.yml names the sample procurement's contact")
        .anyMatch(group -> group.contains("data-group=\"avtalsansvarig.ks@kommunen.example\""));
    assertWorstFirst(byContact);
  }

  /** The HTML of each group section on the changes page, in page order. */
  private static List<String> groupsOf(String page) {
    String[] parts = page.split("<section ");
    return java.util.Arrays.stream(parts, 1, parts.length)
        .filter(part -> part.startsWith("class=\"change-group\""))
        .toList();
  }

  private static void assertWorstFirst(List<String> groups) {
    List<Integer> ranks =
        groups.stream().map(group -> rank(attribute(group, "data-worst"))).toList();
    assertThat(ranks).isSorted();
    for (String group : groups) {
      var changes = java.util.regex.Pattern.compile("data-change=\"([A-Z_]+)\"").matcher(group);
      List<Integer> rows = new java.util.ArrayList<>();
      while (changes.find()) {
        rows.add(rank(changes.group(1)));
      }
      assertThat(rows).isNotEmpty().isSorted();
      assertThat(rows.get(0)).isEqualTo(rank(attribute(group, "data-worst")));
    }
  }

  private static int rank(String change) {
    return ChangeGroups.ORDER.indexOf(ChangeClass.valueOf(change));
  }

  private static String attribute(String html, String name) {
    var value = java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
    assertThat(value.find()).as(name).isTrue();
    return value.group(1);
  }

  private String managersPage(String path) throws Exception {
    return mvc.perform(get(path).with(user("maria").roles("MANAGER")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private String partyPage(PartyRow row, String role) throws Exception {
    return mvc.perform(
            get("/runs/{run}/parties/{index}", runId, row.index())
                .with(user("someone").roles(role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  @Order(7)
  void aFinishedScreenShowsEveryStepCompletedInOrder() {
    RunProgress.Progress done = progress.of(runId).orElseThrow();
    assertThat(done.status()).isEqualTo("COMPLETED");
    assertThat(done.steps())
        .extracting(RunProgress.Step::name)
        .startsWith("screenImportStep", "screenPartiesStep")
        .endsWith("writeReportsStep");
    assertThat(done.steps()).allSatisfy(step -> assertThat(step.completed()).isTrue());
    // A partitioned check (remote workers) sums its partitions into the step that started them;
    // run in this process the parties are checked without partitions of their own.
    RunProgress.Step checking =
        done.steps().stream()
            .filter(step -> step.name().equals("screenPartiesStep"))
            .findFirst()
            .orElseThrow();
    assertThat(checking.partitionsDone()).isEqualTo(checking.partitions());
    assertThat(done.current()).isNull();
    assertThat(progress.of("no-such-run")).isEmpty();
  }

  private String screenTheSample() {
    return jobs.screen(
            new ScreenRequest(
                SampleRun.VENDORS,
                null,
                null,
                SampleRun.AS_OF,
                null,
                Locale.forLanguageTag("sv"),
                "test-setup",
                "screen --vendors " + SampleRun.VENDORS))
        .run()
        .runId();
  }

  /** The party's decision in a new run of the sample. */
  private Decision decisionInANewRun(PartyResult party) {
    String again = screenTheSample();
    return parties.rows(again, new PartyFilter(null, null, null)).stream()
        .map(PartyRow::party)
        .filter(
            other ->
                other.partyKey().equals(party.partyKey())
                    && other.procurementId().equals(party.procurementId()))
        .findFirst()
        .orElseThrow()
        .decision();
  }

  /** An excluded party, with no override yet, whose exclusion rests on one rule only. */
  private PartyRow excludedByOneRule(String run) {
    Set<String> touched =
        overrides.pending().stream().map(OverrideProposal::partyKey).collect(Collectors.toSet());
    return parties.rows(run, new PartyFilter(Decision.EXCLUDE, null, null)).stream()
        .filter(row -> excludingRules(row.party()).size() == 1)
        .filter(row -> !touched.contains(row.party().partyKey()))
        .filter(row -> overrides.of(row.party().partyKey()).isEmpty())
        .filter(row -> overrides.proposalsOf(row.party().partyKey()).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> excludingRules(PartyResult party) {
    return party.findings().stream()
        .filter(finding -> !finding.informational() && finding.decision() == Decision.EXCLUDE)
        .map(Finding::ruleId)
        .collect(Collectors.toSet());
  }

  private OverrideProposal pendingFor(PartyResult party) {
    Map<String, List<OverrideProposal>> byParty =
        overrides.pending().stream().collect(Collectors.groupingBy(OverrideProposal::partyKey));
    assertThat(byParty).containsKey(party.partyKey());
    return byParty.get(party.partyKey()).get(0);
  }
}
