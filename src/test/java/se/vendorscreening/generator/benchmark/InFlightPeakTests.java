package se.vendorscreening.generator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InFlightPeakTests {

  @Test
  void countsTheMostRequestsOpenAtOnce(@TempDir Path folder) throws Exception {
    Path journal =
        Files.writeString(
            folder.resolve("journal.json"),
            """
            {"requests": [
              {"request": {"loggedDate": 1000}, "timing": {"totalTime": 20}},
              {"request": {"loggedDate": 1005}, "timing": {"totalTime": 20}},
              {"request": {"loggedDate": 1010}, "timing": {"totalTime": 20}},
              {"request": {"loggedDate": 1020}, "timing": {"totalTime": 20}},
              {"request": {"loggedDate": 2000}, "timing": {"totalTime": 20}}
            ]}
            """);

    InFlightPeak.Peak peak = InFlightPeak.of(journal);

    assertThat(peak.requests()).isEqualTo(5);
    assertThat(peak.inFlight()).isEqualTo(3); // the first ends at 1020 as the fourth begins
    assertThat(peak.seconds()).isEqualTo(1.02);
  }
}
