package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.vendorscreening.audit.EvidencePurge;

/** Deletes raw registry evidence older than the retention period; the purge is audited. */
@Component
@Command(name = "purge", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-purge")
class PurgeCommand implements Callable<Integer>, Subcommand {

  private final EvidencePurge purge;
  private final CommandText text;

  @Spec CommandSpec spec;

  @Option(
      names = "--older-than",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "PERIOD",
      descriptionKey = "olderThan")
  String olderThan;

  @Option(
      names = "--actor",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "NAME",
      descriptionKey = "actor")
  String actor;

  PurgeCommand(EvidencePurge purge, CommandText text) {
    this.purge = purge;
    this.text = text;
  }

  @Override
  public Integer call() {
    Period retention = olderThan == null ? purge.defaultRetention() : period(olderThan);
    EvidencePurge.Outcome outcome =
        purge.purgeOlderThan(retention, CommandText.actorOrCurrentUser(actor));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        text.get("purge.done", outcome.deleted(), CommandText.time(outcome.cutoff()), retention));
    out.flush();
    return ExitStatus.OK;
  }

  private Period period(String value) {
    try {
      Period period = Period.parse(value.strip());
      if (!period.isNegative() && !period.isZero()) {
        return period;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), text.get("purge.badPeriod", value));
  }
}
