package se.vendorscreening.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.ScreenRequest;
import se.vendorscreening.screening.ScreeningJobs;

/** {@code screen}: pre-award screening of one vendor list into one run folder. */
@Component
@Command(name = "screen", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-screen")
class ScreenCommand implements Callable<Integer>, Subcommand {

  private final ScreeningJobs jobs;
  private final MessageSource messages;

  @Spec CommandSpec spec;

  @Option(names = "--vendors", required = true, paramLabel = "FILE", descriptionKey = "vendors")
  Path vendors;

  @Option(names = "--representatives", paramLabel = "FILE", descriptionKey = "representatives")
  Path representatives;

  @Option(names = "--owners", paramLabel = "FILE", descriptionKey = "owners")
  Path owners;

  @Option(names = "--statements", paramLabel = "FILE", descriptionKey = "statements")
  Path statements;

  @Mixin RunOptions options;

  ScreenCommand(ScreeningJobs jobs, MessageSource messages) {
    this.jobs = jobs;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    var language = options.language();
    var outcome =
        jobs.screen(
            new ScreenRequest(
                vendors,
                representatives,
                options.registries,
                options.asOf,
                options.out,
                language,
                options.actorOrUser(),
                options.commandLine(),
                owners,
                statements));
    return RunSummaryPrinter.print(outcome, spec.commandLine().getOut(), messages, language);
  }
}
