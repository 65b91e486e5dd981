package se.vendorscreening.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.vendorscreening.screening.RunOutcome;

class RunSummaryPrinterTests {

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final StringWriter out = new StringWriter();

  RunSummaryPrinterTests() {
    messages.setBasenames("messages.screening");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
  }

  private int print(Locale locale) {
    var run = RunFixtures.aRun("20261128-142501-screen-7", "anna", Instant.now());
    var outcome = new RunOutcome(run, Path.of("reports", run.runId()), 0);
    return RunSummaryPrinter.print(outcome, new PrintWriter(out), messages, locale);
  }

  @Test
  void printsTheCountsSeverestFirstWithTheReportsSwedishLabelsAndTheRunFolder() {
    int status = print(CommandLanguage.SWEDISH);

    assertThat(status).isEqualTo(ExitStatus.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            "Körning 20261128-142501-screen-7 klar (regelversion rules-3f2a9c, per 2026-11-28).",
            "  Uteslut: 1",
            "  Ofullständig: 0",
            "  Granska: 1",
            "  Inga anmärkningar: 1",
            "Rapporter: " + Path.of("reports", "20261128-142501-screen-7"));
  }

  @Test
  void printsTheSameInEnglishWhenAsked() {
    print(Locale.ENGLISH);

    assertThat(out.toString().lines())
        .containsSubsequence("  Exclude: 1", "  Incomplete: 0", "  Review: 1", "  Clear: 1")
        .last()
        .isEqualTo("Reports: " + Path.of("reports", "20261128-142501-screen-7"));
  }
}
