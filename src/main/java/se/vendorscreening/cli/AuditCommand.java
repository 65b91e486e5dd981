package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.vendorscreening.audit.AuditQuery;
import se.vendorscreening.audit.AuditRecord;
import se.vendorscreening.audit.AuditTrail;
import se.vendorscreening.shared.SwedishTime;

/** Lists the audit trail, optionally from a date, for one party or by one actor. */
@Component
@Command(name = "audit", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-audit")
class AuditCommand implements Callable<Integer>, Subcommand {

  private final AuditTrail trail;
  private final CommandText text;

  @Spec CommandSpec spec;

  @Option(
      names = "--since",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "DATE",
      descriptionKey = "since")
  LocalDate since;

  @Option(
      names = "--party",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "ORG_NO",
      descriptionKey = "party")
  String party;

  @Option(
      names = "--actor",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "NAME",
      descriptionKey = "actor")
  String actor;

  AuditCommand(AuditTrail trail, CommandText text) {
    this.trail = trail;
    this.text = text;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<AuditRecord> records =
        trail.find(
            new AuditQuery(
                since == null ? null : since.atStartOfDay(SwedishTime.ZONE).toInstant(),
                party == null ? null : AuditRecord.partyKeyOf(party),
                actor));
    if (records.isEmpty()) {
      out.println(text.get("audit.none"));
    }
    for (AuditRecord record : records) {
      out.println(
          String.join(
              "  ",
              CommandText.time(record.occurredAt()),
              record.kind().name(),
              record.actor(),
              record.runId() == null ? "-" : record.runId()));
      if (!record.partyKeys().isEmpty()) {
        out.println(
            "    " + text.get("audit.parties", String.join(", ", record.maskedPartyKeys())));
      }
      record.maskedFacts().forEach((name, value) -> out.println("    " + name + ": " + value));
    }
    out.flush();
    return ExitStatus.OK;
  }
}
