package se.vendorscreening.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;
import se.vendorscreening.screening.ScreeningResults;

/** What the tests of the nightly re-check through Quartz share: the sample's lists and results. */
final class RecheckRuns {

  private RecheckRuns() {}

  /** The re-check the scheduled job of that name completed, once it has. */
  static RunInfo completedRecheckOf(ScreeningResults results, String jobName) {
    return await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                results.runs().stream()
                    .filter(
                        run ->
                            run.job().equals("recheck")
                                && run.actor().equals("scheduler:" + jobName)
                                && run.status().equals("COMPLETED"))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** A run's results by organisation number. */
  static Map<String, PartyResult> resultsOf(ScreeningResults results, String runId) {
    try (Stream<PartyResult> stream = results.results(runId)) {
      return stream.collect(Collectors.toMap(PartyResult::orgNo, r -> r));
    }
  }

  /** The sample's representatives of the list's parties. */
  static String sampleRepresentativesOf(Path vendors) throws IOException {
    String list = Files.readString(vendors);
    List<String> lines = Files.readAllLines(Path.of("sample-data/lou-representatives.csv"));
    return lines.get(0)
        + "\n"
        + lines.stream()
            .skip(1)
            .filter(line -> list.contains("," + line.substring(0, line.indexOf(',')) + ","))
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  /**
   * A pre-award screen of the list as of 2026-11-28 with the sample's representatives of its
   * parties written beside it, and an ownership file or none; it must not fail.
   */
  static RunOutcome screened(ScreeningJobs jobs, Path vendors, Path representatives, Path owners)
      throws IOException {
    Files.writeString(representatives, sampleRepresentativesOf(vendors));
    RunOutcome outcome =
        jobs.screen(
            new ScreenRequest(
                vendors,
                representatives,
                null,
                LocalDate.of(2026, 11, 28),
                null,
                Locale.forLanguageTag("sv-SE"),
                "test",
                "test",
                owners));
    assertThat(outcome.failed()).isFalse();
    return outcome;
  }
}
