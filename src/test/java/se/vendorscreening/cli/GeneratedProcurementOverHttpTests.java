package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.vendorscreening.generator.GenerationRequest;
import se.vendorscreening.generator.benchmark.BenchmarkCheck;
import se.vendorscreening.generator.benchmark.WireMockStubs;
import se.vendorscreening.generator.internal.CsvSyntheticProcurementGenerator;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/**
 * The HTTP benchmark in small: a generated procurement of 200 vendors screened against the
 * benchmark's WireMock registry (20 ms an answer) over real HTTP on loopback, with a bound of 16
 * requests in flight; every planted flag is found (but POSSIBLE_MATCH, which the protocol cannot
 * find for subjects with a number) and nothing unplanted is excluded.
 */
@SpringBootTest
class GeneratedProcurementOverHttpTests {

  @TempDir static Path folder;
  static WireMockServer registry;

  @DynamicPropertySource
  static void generateAndServe(DynamicPropertyRegistry properties) throws IOException {
    Path data = folder.resolve("data");
    new CsvSyntheticProcurementGenerator()
        .generate(new GenerationRequest(200, 5, data, LocalDate.of(2026, 11, 28)));
    WireMockStubs.write(data, folder.resolve("wiremock"), 20);
    registry =
        new WireMockServer(
            WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .asynchronousResponseEnabled(true)
                .disableRequestJournal()
                .usingFilesUnderDirectory(folder.resolve("wiremock").toString()));
    registry.start();
    properties.add("screening.registries.mode", () -> "http");
    properties.add(
        "screening.registries.http.base-url", () -> "http://127.0.0.1:" + registry.port());
    properties.add("screening.registries.http.max-in-flight", () -> "16");
  }

  @AfterAll
  static void stop() {
    registry.stop();
  }

  @Autowired Cli cli;
  @Autowired ScreeningResults results;

  @Test
  void aScreenOverHttpFindsEveryPlantedFlagTheProtocolCanFind() throws Exception {
    // given
    Path data = folder.resolve("data");

    // when
    int status =
        cli.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            SampleCommandLines.screenGenerated(data, "2026-11-28", folder.resolve("reports")));

    // then
    assertThat(status).isIn(ExitStatus.OK, ExitStatus.COMPLETED_WITH_PROBLEMS);
    var run = results.runs().get(0);
    assertThat(run.counts().get(Decision.INCOMPLETE)).as("every HTTP check answered").isZero();
    var printed = new ByteArrayOutputStream();
    var outcome =
        BenchmarkCheck.check(
            data,
            folder.resolve("reports").resolve(run.runId()).resolve("results.csv"),
            Set.of("POSSIBLE_MATCH"),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    String report = printed.toString(StandardCharsets.UTF_8);
    assertThat(outcome.passed()).as(report).isTrue();
    assertThat(outcome.plantedFlags()).as(report).isEqualTo(48); // 24 kinds in 2 blocks of 100
    assertThat(outcome.flagsFound()).isEqualTo(outcome.plantedFlags());
    assertThat(outcome.unplantedExcluded()).isZero();
    assertThat(
            Files.readString(
                folder.resolve("reports").resolve(run.runId()).resolve("manifest.json")))
        .contains("http://127.0.0.1:" + registry.port() + "/convictions");
  }
}
