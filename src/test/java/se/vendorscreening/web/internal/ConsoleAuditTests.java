package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.vendorscreening.audit.AuditKind;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.shared.SwedishTime;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

@ConsoleTest
class ConsoleAuditTests {

  @Autowired MockMvc mvc;
  @Autowired ScreeningJobs jobs;
  @Autowired RunParties parties;
  @Autowired AuditTrail trail;

  private String runId;

  @BeforeEach
  void theSampleHasBeenScreened() {
    runId = SampleRun.runId(jobs);
  }

  @Test
  void recordsEveryOverrideMadeInTheConsoleWithTheLoggedInUserAsActor() throws Exception {
    String officer = "olle.override." + System.nanoTime();
    Instant before = Instant.now();
    PartyRow excluded = first(Decision.EXCLUDE);
    Finding finding = firing(excluded);

    mvc.perform(
            post("/runs/{run}/parties/{index}/overrides", runId, excluded.index())
                .with(user(officer).roles("OFFICER"))
                .with(csrf())
                .param("ruleId", finding.ruleId())
                .param("decision", "REVIEW")
                .param("reason", "Godtagen självsanering, se dnr KS-2026/400")
                .param("expires", "2027-06-30"))
        .andExpect(status().isFound());

    List<AuditRecord> records = trail.find(new AuditQuery(before, null, officer));
    assertThat(records).extracting(AuditRecord::kind).containsExactly(AuditKind.OVERRIDE);
    AuditRecord override = records.get(0);
    assertThat(override.actor()).isEqualTo(officer);
    assertThat(override.partyKeys()).containsExactly(excluded.party().partyKey());
    assertThat(override.facts().values())
        .contains(finding.ruleId(), "REVIEW", "Godtagen självsanering, se dnr KS-2026/400");
  }

  @Test
  void recordsAnUnmaskedNumberWithTheUserAndTheReasonStatedAndShowsItOnlyThen() throws Exception {
    String officer = "olle.unmask." + System.nanoTime();
    Instant before = Instant.now();
    PartyRow soleTrader =
        parties.rows(runId, new PartyFilter(null, null, null)).stream()
            .filter(row -> PartyNumbers.isPersonal(row.party()))
            .findFirst()
            .orElseThrow();
    String full = PartyNumbers.unmasked(soleTrader.party(), LocalDate.now(SwedishTime.ZONE));

    mvc.perform(
            get("/runs/{run}/parties/{index}", runId, soleTrader.index())
                .with(user(officer).roles("OFFICER")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(full))));
    mvc.perform(
            post("/runs/{run}/parties/{index}/unmask", runId, soleTrader.index())
                .with(user(officer).roles("OFFICER"))
                .with(csrf())
                .param("reason", ""))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(full))));
    mvc.perform(
            post("/runs/{run}/parties/{index}/unmask", runId, soleTrader.index())
                .with(user(officer).roles("OFFICER"))
                .with(csrf())
                .param("reason", "Kontroll av ägarens identitet inför tilldelning"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(full)));

    List<AuditRecord> records = trail.find(new AuditQuery(before, null, officer));
    assertThat(records)
        .extracting(AuditRecord::kind)
        .containsExactly(AuditKind.VIEWED, AuditKind.UNMASKED_VIEW);
    AuditRecord unmasked = records.get(1);
    assertThat(unmasked.runId()).isEqualTo(runId);
    assertThat(unmasked.partyKeys()).containsExactly(soleTrader.party().partyKey());
    assertThat(unmasked.facts())
        .containsEntry("reason", "Kontroll av ägarens identitet inför tilldelning");
  }

  @Test
  void recordsWhoReadTheResultsAPartyAndARunFile() throws Exception {
    String auditor = "karin.reads." + System.nanoTime();
    Instant before = Instant.now();
    PartyRow excluded = first(Decision.EXCLUDE);

    mvc.perform(get("/runs/{run}", runId).with(user(auditor).roles("AUDITOR")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/runs/{run}/parties/{index}", runId, excluded.index())
                .with(user(auditor).roles("AUDITOR")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/runs/{run}/files/{name}", runId, "results.csv")
                .with(user(auditor).roles("AUDITOR")))
        .andExpect(status().isOk());

    List<AuditRecord> records = trail.find(new AuditQuery(before, null, auditor));
    assertThat(records)
        .extracting(record -> record.facts().get("view"))
        .containsExactly("results", "party", "file:results.csv");
    assertThat(records.get(1).partyKeys()).containsExactly(excluded.party().partyKey());
  }

  @Test
  void servesNoFileOutsideTheRunFolder() throws Exception {
    mvc.perform(
            get("/runs/{run}/files/{name}", runId, "..%2F..%2Fpom.xml")
                .with(user("karin").roles("AUDITOR")))
        .andExpect(status().is4xxClientError());
  }

  private PartyRow first(Decision decision) {
    return parties.rows(runId, new PartyFilter(decision, null, null)).get(0);
  }

  private static Finding firing(PartyRow row) {
    return row.party().findings().stream()
        .filter(f -> !f.informational() && f.decision() != Decision.CLEAR)
        .findFirst()
        .orElseThrow();
  }
}
