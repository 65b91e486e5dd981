package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.vendorscreening.generator.benchmark.BenchmarkCheck;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The benchmark in small: {@code generate} writes a procurement of 300 vendors with registries and
 * the flags it planted, {@code screen} screens it end to end, and the benchmark's check finds every
 * planted flag with its decision and nothing unplanted excluded. So neither the generator, the
 * check nor the screening of generated data can drift apart unnoticed.
 */
@SpringBootTest
class GeneratedProcurementScreeningTests {

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @TempDir Path folder;

  @Test
  void aScreenOfAGeneratedProcurementFindsEveryPlantedFlagAndExcludesNothingElse()
      throws Exception {
    // given
    Path data = folder.resolve("data");
    assertThat(run("generate", "--vendors", "300", "--seed", "11", "--out", data.toString()))
        .isEqualTo(ExitStatus.OK);
    String asOf = Files.readString(data.resolve("as-of.txt")).strip();

    // when
    int status = run(SampleCommandLines.screenGenerated(data, asOf, folder.resolve("reports")));

    // then
    assertThat(status).isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    var run = results.runs().get(0);
    Path resultsCsv = folder.resolve("reports").resolve(run.runId()).resolve("results.csv");
    var printed = new ByteArrayOutputStream();
    var outcome =
        BenchmarkCheck.check(
            data, resultsCsv, Set.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
    String report = printed.toString(StandardCharsets.UTF_8);
    assertThat(outcome.passed()).as(report).isTrue();
    assertThat(outcome.plantedFlags()).as(report).isEqualTo(78); // 26 kinds in 3 blocks of 100
    assertThat(outcome.flagsFound()).isEqualTo(outcome.plantedFlags());
    assertThat(outcome.unplantedExcluded()).isZero();
    assertThat(outcome.decoysFlagged()).as(report).isZero();
    assertThat(outcome.rows())
        .isEqualTo(Files.readAllLines(data.resolve("vendors.csv")).size() - 1);
    assertThat(run.counts().get(Decision.INCOMPLETE)).isZero();
    assertThat(run.counts().get(Decision.EXCLUDE)).isPositive();
  }

  private int run(String... arguments) {
    return cli.execute(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), arguments);
  }
}
