package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.screening.ChangeClass;
import se.vendorscreening.screening.PartyChange;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

@SpringBootTest
class RecheckCommandIntegrationTests {

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @TempDir Path out;

  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int execute(String... args) {
    return cli.execute(new PrintWriter(stdout), new PrintWriter(stderr), args);
  }

  private String newestRun(String job) {
    return results.runs().stream()
        .filter(r -> r.job().equals(job))
        .findFirst()
        .orElseThrow()
        .runId();
  }

  private static PartyChange changeOf(List<PartyChange> changes, String orgNo) {
    return changes.stream()
        .filter(
            c ->
                c.result().orgNo().equals(orgNo)
                    && c.result().procurementId().equals("KS-2026/317"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void recheckComparesEachPartyWithItsPreviousDecisionAndListsChangesFirst() throws Exception {
    execute(SampleCommandLines.screenSample(out));

    int sameDay = execute(SampleCommandLines.recheckSample(out, "2026-11-28"));
    String first = newestRun("recheck");
    int later = execute(SampleCommandLines.recheckSample(out, "2028-04-02"));
    String second = newestRun("recheck");

    assertThat(sameDay)
        .as(stdout + "\n" + stderr)
        .isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    assertThat(later).isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    List<PartyChange> unchanged;
    try (Stream<PartyChange> changes = results.changes(first)) {
      unchanged = changes.toList();
    }
    assertThat(changeOf(unchanged, "555136-7112").change()).isEqualTo(ChangeClass.UNCHANGED);
    assertThat(unchanged)
        .extracting(c -> c.result().orgNo())
        .doesNotContain("558161-2586", "552755-1393");
    List<PartyChange> changed;
    try (Stream<PartyChange> changes = results.changes(second)) {
      changed = changes.toList();
    }
    PartyChange lissma = changeOf(changed, "555136-7112");
    assertThat(lissma.previousDecision()).isEqualTo(Decision.REVIEW);
    assertThat(lissma.result().decision()).isEqualTo(Decision.CLEAR);
    assertThat(lissma.change()).isEqualTo(ChangeClass.RESOLVED);
    assertThat(changeOf(changed, "559670-1853").change()).isEqualTo(ChangeClass.UNCHANGED);
    int firstUnchanged =
        changed.stream().map(PartyChange::change).toList().indexOf(ChangeClass.UNCHANGED);
    assertThat(changed.subList(firstUnchanged, changed.size()))
        .allMatch(c -> c.change() == ChangeClass.UNCHANGED);
    assertThat(changed.indexOf(lissma)).isLessThan(firstUnchanged);
    assertThat(out.resolve(second).resolve("changes.csv")).exists();
    assertThat(Files.readString(out.resolve(second).resolve("changes.csv"))).contains("RESOLVED");
  }
}
