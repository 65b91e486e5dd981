package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.vendorscreening.registry.RegistrySource;
import se.vendorscreening.screening.RunOutcome;
import se.vendorscreening.shared.Decision;

/**
 * Prints how a run ended and turns it into the exit status the README's command-line section gives.
 */
final class RunSummaryPrinter {

  /** Exclusions first: what an officer must act on comes before what needs no action. */
  static final List<Decision> SEVEREST_FIRST =
      Arrays.stream(Decision.values()).sorted(Comparator.reverseOrder()).toList();

  private RunSummaryPrinter() {}

  static int print(RunOutcome outcome, PrintWriter out, MessageSource messages, Locale locale) {
    var run = outcome.run();
    if (!outcome.failed() && run.readNoRepresentatives()) {
      // First, so that nobody reads the counts without knowing that no representative was read.
      out.println(messages.getMessage("cli.run.noRepresentatives", null, locale));
    }
    if (!outcome.failed()) {
      printMissingExtracts(run.registrySources(), out, messages, locale);
    }
    out.println(
        messages.getMessage(
            outcome.failed() ? "cli.run.failed" : "cli.run.completed",
            new Object[] {
              run.runId(),
              run.rulesVersion().substring(0, Math.min(12, run.rulesVersion().length())),
              String.valueOf(run.asOf())
            },
            locale));
    if (!outcome.failed()) {
      for (Decision decision : SEVEREST_FIRST) {
        out.println(
            messages.getMessage(
                "cli.run.count",
                new Object[] {
                  messages.getMessage("decision." + decision.name(), null, decision.name(), locale),
                  String.valueOf(run.counts().getOrDefault(decision, 0L))
                },
                locale));
      }
      if (outcome.rowsRejected() > 0) {
        out.println(
            messages.getMessage(
                "cli.run.rejected", new Object[] {String.valueOf(outcome.rowsRejected())}, locale));
      }
      if (outcome.folder() != null) {
        out.println(
            messages.getMessage(
                "cli.run.folder", new Object[] {outcome.folder().toString()}, locale));
      }
    }
    out.flush();
    if (outcome.failed()) {
      return ExitStatus.FAILED;
    }
    return outcome.isClean() ? ExitStatus.OK : ExitStatus.COMPLETED_WITH_PROBLEMS;
  }

  /**
   * A registry extract the run did not find: its check could not be done for anybody, which the
   * counts alone (every party INCOMPLETE) do not say.
   */
  private static void printMissingExtracts(
      List<RegistrySource> sources, PrintWriter out, MessageSource messages, Locale locale) {
    if (sources == null) {
      return;
    }
    for (RegistrySource source : sources) {
      if (source.isMissing()) {
        out.println(
            messages.getMessage(
                "cli.run.missingExtract",
                new Object[] {
                  source.expectedLocation(),
                  messages.getMessage("check." + source.check(), null, source.check(), locale)
                },
                locale));
      }
    }
  }
}
