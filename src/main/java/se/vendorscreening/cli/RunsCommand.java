package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.Decision;

/** Lists past runs, newest first, with their status and counts per decision. */
@Component
@Command(name = "runs", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-runs")
class RunsCommand implements Callable<Integer>, Subcommand {

  private final ObjectProvider<ScreeningResults> results;
  private final CommandText text;

  @Spec CommandSpec spec;

  RunsCommand(ObjectProvider<ScreeningResults> results, CommandText text) {
    this.results = results;
    this.text = text;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<RunInfo> runs = ScreeningResultsRequired.from(results).runs();
    if (runs.isEmpty()) {
      out.println(text.get("runs.none"));
    }
    for (RunInfo run : runs) {
      out.println(
          String.join(
              "  ",
              run.runId(),
              run.job(),
              run.status(),
              CommandText.time(run.startedAt()),
              "as-of " + run.asOf(),
              run.actor(),
              counts(run)));
    }
    out.flush();
    return ExitStatus.OK;
  }

  static String counts(RunInfo run) {
    return Arrays.stream(Decision.values())
        .map(decision -> decision + "=" + run.counts().getOrDefault(decision, 0L))
        .collect(Collectors.joining(" "));
  }
}
