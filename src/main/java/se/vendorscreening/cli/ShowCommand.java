package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.ResultsUnmasked;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.ScreeningResults;
import se.vendorscreening.shared.IdentityNumber;
import se.vendorscreening.shared.InvalidIdentityNumberException;
import se.vendorscreening.shared.PersonalIdentityNumber;

/**
 * Shows one run's decisions with masked identity numbers, or with full numbers when {@code
 * --unmask} is given; an unmasked view is recorded in the audit trail before anything is shown.
 */
@Component
@Command(name = "show", mixinStandardHelpOptions = true, resourceBundle = "messages.cli-show")
class ShowCommand implements Callable<Integer>, Subcommand {

  private final ObjectProvider<ScreeningResults> results;
  private final ApplicationEventPublisher events;
  private final CommandText text;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_ID", descriptionKey = "runId")
  String runId;

  @Option(names = "--unmask", defaultValue = "false", descriptionKey = "unmask")
  boolean unmask;

  @Option(
      names = "--actor",
      defaultValue = Option.NULL_VALUE,
      paramLabel = "NAME",
      descriptionKey = "actor")
  String actor;

  ShowCommand(
      ObjectProvider<ScreeningResults> results,
      ApplicationEventPublisher events,
      CommandText text) {
    this.results = results;
    this.events = events;
    this.text = text;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScreeningResults store = ScreeningResultsRequired.from(results);
    Optional<RunInfo> found = store.run(runId);
    if (found.isEmpty()) {
      spec.commandLine().getErr().println(text.get("show.notFound", runId));
      return ExitStatus.FAILED;
    }
    RunInfo run = found.get();
    List<PartyResult> parties;
    try (Stream<PartyResult> stream = store.results(runId)) {
      parties = stream.toList();
    }
    if (unmask) {
      List<String> revealed =
          parties.stream()
              .map(PartyResult::partyKey)
              .filter(ShowCommand::isPersonal)
              .distinct()
              .toList();
      events.publishEvent(
          new ResultsUnmasked(run.runId(), CommandText.actorOrCurrentUser(actor), revealed));
    }
    out.println(
        text.get(
            "show.header",
            run.runId(),
            run.job(),
            run.status(),
            String.valueOf(run.asOf()),
            run.actor(),
            run.rulesVersion()));
    out.println(RunsCommand.counts(run));
    LocalDate today = LocalDate.now(CommandText.SWEDEN);
    for (PartyResult party : parties) {
      String overridden =
          party.decision() != party.computedDecision()
              ? " " + text.get("show.overridden", party.computedDecision())
              : "";
      out.println(
          String.join(
                  "  ",
                  party.procurementId(),
                  unmask ? unmasked(party, today) : party.orgNo(),
                  party.name(),
                  String.valueOf(party.role()),
                  party.decision().name(),
                  String.join("|", party.ruleIds()))
              + overridden);
    }
    out.flush();
    return ExitStatus.OK;
  }

  private static boolean isPersonal(String partyKey) {
    try {
      return partyKey != null && IdentityNumber.parse(partyKey).isPersonal();
    } catch (InvalidIdentityNumberException e) {
      return false;
    }
  }

  private static String unmasked(PartyResult party, LocalDate today) {
    try {
      IdentityNumber number = IdentityNumber.parse(party.partyKey());
      return number instanceof PersonalIdentityNumber person
          ? person.unmasked(today)
          : number.masked();
    } catch (InvalidIdentityNumberException | NullPointerException e) {
      return party.orgNo();
    }
  }
}
