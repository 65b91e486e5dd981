package se.vendorscreening.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunInfo;

/**
 * The date of each registry's data as the reports say it: the extract's own date, else the file's
 * last-modified day said as such, else (HTTP) the day of the run.
 */
class RegistryDatesTests {

  private final RunInfo run =
      new RunInfo(
          "20261202-070000-screen-1",
          "screen",
          Instant.parse("2026-12-02T06:00:00Z"),
          Instant.parse("2026-12-02T06:00:30Z"),
          LocalDate.parse("2026-11-28"),
          "Eva Upphandlare",
          Locale.forLanguageTag("sv-SE"),
          "sha256:x",
          "plan",
          List.of("KS-2026/317"),
          List.of(),
          "file",
          List.of(
              new RegistrySource(
                  "TAX_ARREARS", "registries/tax-arrears.csv", "ab", 6, "2026-11-01", "2026-11-30"),
              new RegistrySource(
                  "CONVICTIONS", "registries/convictions.csv", "cd", 13, null, "2026-11-30"),
              new RegistrySource(
                  "FINANCIAL_STANDING", "https://uc.example/api/financial-standing", null, -1)),
          Map.of(),
          "COMPLETED");

  @Test
  void saysWhereEachDateComesFromInSwedish() {
    RegistryDates dates =
        new RegistryDates(
            run, new ReportTexts(SampleRun.messages(), Locale.forLanguageTag("sv-SE")));

    assertThat(dates.lines())
        .containsExactly(
            "Skulder hos Kronofogden: uppgift per 2026-11-01 (tax-arrears.csv)",
            "Brottmålsdomar: filens ändringsdatum 2026-11-30, inget uttagsdatum i filen"
                + " (convictions.csv)",
            "Kreditupplysning (status, F-skatt, moms, arbetsgivare, riskklass): uppgift per"
                + " 2026-12-02 (hämtad vid körningen)");
    assertThat(dates.dateCell("TAX_ARREARS")).isEqualTo("2026-11-01");
    assertThat(dates.dateCell("CONVICTIONS")).isEqualTo("2026-11-30\n(filens ändringsdatum)");
    assertThat(dates.date("NETWORK_ASSESSMENTS")).isEqualTo(LocalDate.parse("2026-12-02"));
  }

  @Test
  void saysWhereEachDateComesFromInEnglish() {
    RegistryDates dates =
        new RegistryDates(run, new ReportTexts(SampleRun.messages(), Locale.ENGLISH));

    assertThat(dates.asOf("TAX_ARREARS")).isEqualTo("data as of 2026-11-01");
    assertThat(dates.asOf("CONVICTIONS"))
        .isEqualTo("file last modified 2026-11-30, no extract date in the file");
  }
}
