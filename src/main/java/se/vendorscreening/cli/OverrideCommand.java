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
import se.vendorscreening.screening.Overrides;
import se.vendorscreening.shared.Decision;

/**
 * {@code override}: records an officer's decision for one party and rule (e.g. accepted
 * self-cleaning); later runs apply it until it expires and show it with its reason.
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

  OverrideCommand(Overrides overrides, MessageSource messages) {
    this.overrides = overrides;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    AppliedOverride recorded;
    try {
      Decision given = Decision.valueOf(decision.strip().toUpperCase(Locale.ROOT));
      recorded =
          overrides.record(
              orgNo, ruleId.strip().toUpperCase(Locale.ROOT), given, reason, actor, expires);
    } catch (IllegalArgumentException e) {
      // A wrong number, rule or decision is a bad command line (64), not a failure (1).
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitStatus.USAGE;
    }
    Locale locale = Locale.getDefault();
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
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
