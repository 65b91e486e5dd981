package se.vendorscreening.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.AppliedOverride;
import se.vendorscreening.screening.OverrideRefusedException;
import se.vendorscreening.screening.OverrideRequest;
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.shared.Decision;

/**
 * {@code override}: records an officer's decision on one rule's findings for one party (e.g.
 * accepted self-cleaning), with the records it judges; later runs apply it while the rule rests on
 * those records, until it expires, and show it with its reason. A refusal (a party or rule no run
 * shows, CLEAR for a rule whose findings name no record) is a bad command line.
 */
@Component
@Command(
    name = "override",
    mixinStandardHelpOptions = true,
    resourceBundle = "messages.cli-override")
class OverrideCommand implements Callable<Integer>, Subcommand {

  private final Overrides overrides;
  private final MessageSource messages;

  @Spec CommandSpec spec;

  @Option(names = "--org", required = true, paramLabel = "ORG_NO", descriptionKey = "org")
  String orgNo;

  @Option(names = "--procurement", paramLabel = "ID", descriptionKey = "procurement")
  String procurementId;

  @Option(names = "--rule", required = true, paramLabel = "RULE_ID", descriptionKey = "rule")
  String ruleId;

  @Option(
      names = "--decision",
      required = true,
      paramLabel = "CLEAR|REVIEW",
      descriptionKey = "decision")
  String decision;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "reason")
  String reason;

  @Option(names = "--actor", required = true, paramLabel = "NAME", descriptionKey = "actor")
  String actor;

  @Option(names = "--expires", paramLabel = "DATE", descriptionKey = "expires")
  LocalDate expires;

  @Option(names = "--lang", paramLabel = "sv|en", descriptionKey = "lang")
  String language;

  OverrideCommand(Overrides overrides, MessageSource messages) {
    this.overrides = overrides;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    Locale locale = CommandLanguage.ofOption(language, Locale.getDefault());
    AppliedOverride recorded;
    try {
      Decision given = Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
      recorded =
          overrides.record(
              new OverrideRequest(
                  orgNo,
                  procurementId,
                  ruleId.strip().toUpperCase(Locale.ROOT),
                  given,
                  reason,
                  actor,
                  expires));
    } catch (OverrideRefusedException e) {
      // A party, rule or decision the override cannot judge is a bad command line (64), not a
      // failure (1): one message, no usage text to bury it.
      spec.commandLine()
          .getErr()
          .println(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
      spec.commandLine().getErr().flush();
      return ExitStatus.USAGE;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitStatus.USAGE;
    }
    spec.commandLine()
        .getOut()
        .println(
            messages.getMessage(
                "cli.override.recorded",
                new Object[] {
                  recorded.ruleId(),
                  recorded.decision().name(),
                  recorded.actor(),
                  recorded.expires() == null ? "-" : recorded.expires().toString()
                },
                locale));
    if (!recorded.coveredRecords().isEmpty()) {
      spec.commandLine()
          .getOut()
          .println(
              messages.getMessage(
                  "cli.override.covers",
                  new Object[] {String.join("; ", recorded.coveredRecords())},
                  locale));
    }
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
