package se.vendorscreening.web.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;

/** The sample procurement, screened once per test JVM for the console tests that read a run. */
final class SampleRun {

  static final Path VENDORS = Path.of("sample-data", "lou-vendors.xlsx");
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

  private static String runId;

  private SampleRun() {}

  static synchronized String runId(ScreeningJobs jobs) {
    if (runId == null) {
      runId =
          jobs.screen(
                  new ScreenRequest(
                      VENDORS,
                      null,
                      null,
                      AS_OF,
                      null,
                      Locale.forLanguageTag("sv"),
                      "test-setup",
                      "screen --vendors " + VENDORS))
              .run()
              .runId();
    }
    return runId;
  }
}
