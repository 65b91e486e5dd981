package se.vendorscreening.cli;

import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.RecheckRequest;
import se.vendorscreening.screening.ScreeningJobs;

/** {@code recheck}: re-screens every party of every ACTIVE contract, as the nightly job does. */
@Component
@Command(name = "recheck", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-recheck")
class RecheckCommand implements Callable<Integer>, Subcommand {

  private final ScreeningJobs jobs;
  private final MessageSource messages;

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  RecheckCommand(ScreeningJobs jobs, MessageSource messages) {
    this.jobs = jobs;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    var language = options.language();
    var outcome =
        jobs.recheck(
            new RecheckRequest(
                options.registries,
                options.asOf,
                options.out,
                language,
                options.actorOrUser(),
                options.commandLine()));
    return RunSummaryPrinter.print(outcome, spec.commandLine().getOut(), messages, language);
  }
}
