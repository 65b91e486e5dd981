package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.opencsv.CSVReaderHeaderAware;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.shared.Decision;
import se.vendorscreening.web.internal.RunParties.PartyFilter;
import se.vendorscreening.web.internal.RunParties.PartyRow;

@ConsoleTest
class ConsolePartyPageTests {

  @Autowired MockMvc mvc;
  @Autowired ScreeningJobs jobs;
  @Autowired RunParties parties;

  @Value("${screening.reports-dir}")
  Path reportsDir;

  @Test
  void showsTheTerminationClausesThatResultsCsvListsForAnExcludedParty() throws Exception {
    String runId = SampleRun.runId(jobs);
    PartyRow excluded = parties.rows(runId, new PartyFilter(Decision.EXCLUDE, null, null)).get(0);
    String clauseIds = clauseIdsInResultsCsv(runId, excluded.party().orgNo());

    String page =
        mvc.perform(
                get("/runs/{run}/parties/{index}", runId, excluded.index())
                    .with(user("olle").roles("OFFICER")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(clauseIds).isNotBlank();
    for (String id : clauseIds.split("\\|")) {
      assertThat(page).contains("id=\"clause-" + id + "\"");
    }
    assertThat(page).contains("Hävningsklausuler som fynden åberopar");
  }

  @Test
  void officersAndAuditorsSeeTheRegistryRecordsBehindAFindingByDefault() throws Exception {
    String runId = SampleRun.runId(jobs);
    PartyRow excluded = parties.rows(runId, new PartyFilter(Decision.EXCLUDE, null, null)).get(0);
    for (String role : new String[] {"OFFICER", "AUDITOR"}) {
      String page =
          mvc.perform(
                  get("/runs/{run}/parties/{index}", runId, excluded.index())
                      .with(user("someone").roles(role)))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(page).as(role).contains("class=\"evidence\"", "matched_record");
    }
  }

  private String clauseIdsInResultsCsv(String runId, String orgNo) throws Exception {
    try (var reader =
        new CSVReaderHeaderAware(
            new FileReader(
                reportsDir.resolve(runId).resolve("results.csv").toFile(),
                StandardCharsets.UTF_8))) {
      Map<String, String> row;
      while ((row = reader.readMap()) != null) {
        if (orgNo.equals(row.get("org_no"))) {
          return row.get("clause_ids");
        }
      }
    }
    throw new AssertionError("no row for " + orgNo + " in results.csv of " + runId);
  }
}
