package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ScreeningResults;

/**
 * The re-check is partitioned like the screening step: its parties (those of ACTIVE contracts) are
 * split into ranges that together hold each once, and a re-check on the same day and registries as
 * the screen finds every such party with the decision the screen gave it.
 */
@SpringBootTest(properties = "screening.screening.partitioning.partitions=3")
class PartitionedRecheckTests {

  @Autowired Cli cli;
  @Autowired ScreeningResults results;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path out;

  @Test
  void aPartitionedRecheckChecksEachActivePartyOnceWithTheScreensDecision() {
    // given
    assertThat(run(SampleCommandLines.screenSample(out))).isEqualTo(ExitStatus.OK);
    String screen = results.runs().get(0).runId();

    // when
    int status = run(SampleCommandLines.recheckSample(out, "2026-11-28"));

    // then
    assertThat(status).isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    String recheck = results.runs().get(0).runId();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from batch_step_execution s"
                    + " join batch_job_execution_params p on p.job_execution_id = s.job_execution_id"
                    + " where s.step_name like 'screenPartitionStep:partition%'"
                    + " and s.status = 'COMPLETED' and p.parameter_name = 'runId'"
                    + " and p.parameter_value = ?",
                Long.class, recheck))
        .isEqualTo(3);
    List<PartyChange> changes;
    try (Stream<PartyChange> stream = results.changes(recheck)) {
      changes = stream.toList();
    }
    Map<String, String> screened;
    try (Stream<PartyResult> stream = results.results(screen)) {
      screened =
          stream.collect(
              Collectors.toMap(
                  r -> r.procurementId() + "/" + r.partyKey(), r -> r.decision().name()));
    }
    // the parties with an ACTIVE contract and every subcontractor below one, at any tier
    String active =
        " from intake_party p where exists (select 1 from intake_followed_party f"
            + " where f.procurement_id = p.procurement_id and f.party_key = p.party_key)";
    // every party of an ACTIVE contract in the register (other tests' too), each once
    assertThat(changes)
        .hasSize(jdbc.queryForObject("select count(*)" + active, Long.class).intValue());
    // and those of the sample procurement with the decision the screen gave them
    List<PartyChange> sample =
        changes.stream()
            .filter(change -> change.result().procurementId().equals("KS-2026/317"))
            .toList();
    assertThat(sample)
        .hasSize(
            jdbc.queryForObject(
                    "select count(*)" + active + " and p.procurement_id = 'KS-2026/317'",
                    Long.class)
                .intValue())
        .isNotEmpty()
        .allSatisfy(
            change -> {
              assertThat(change.change()).isEqualTo(ChangeClass.UNCHANGED);
              String key = change.result().procurementId() + "/" + change.result().partyKey();
              assertThat(change.result().decision().name()).isEqualTo(screened.get(key));
            });
  }

  private int run(String... arguments) {
    return cli.execute(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), arguments);
  }
}
