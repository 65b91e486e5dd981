package se.vendorscreening.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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
import se.vendorscreening.screening.PartyWords;
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
  private final PartyWords words;
  private final Clock clock;

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
      CommandText text,
      PartyWords words,
      Clock clock) {
    this.clock = clock;
    this.results = results;
    this.events = events;
    this.text = text;
    this.words = words;
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
    Locale language = Locale.getDefault();
    out.println(
        text.get(
            "show.header",
            run.runId(),
            text.getOrDefault("show.job." + run.job(), String.valueOf(run.job())),
            text.getOrDefault("web.status." + run.status(), String.valueOf(run.status()))
                .toLowerCase(language),
            String.valueOf(run.asOf()),
            run.actor(),
            run.rulesVersion()));
    out.println(counts(run, language));
    LocalDate today = LocalDate.now(clock);
    for (PartyResult party : parties) {
      String overridden =
          party.computedDecision() != null && party.decision() != party.computedDecision()
              ? " "
                  + text.get("show.overridden", words.decision(party.computedDecision(), language))
              : "";
      out.println(
          String.join(
                  "  ",
                  party.procurementId(),
                  unmask ? unmasked(party, today) : party.orgNo(),
                  party.name(),
                  words.role(party, language),
                  words.decision(party.decision(), language),
                  words.reason(party, language))
              + overridden);
    }
    out.flush();
    return ExitStatus.OK;
  }

  /** "Uteslut: 1, Ofullständig: 0, Granska: 1, Inga anmärkningar: 1", severest first. */
  private String counts(RunInfo run, Locale language) {
    return RunSummaryPrinter.SEVEREST_FIRST.stream()
        .map(
            decision ->
                words.decision(decision, language)
                    + ": "
                    + (run.counts() == null ? 0L : run.counts().getOrDefault(decision, 0L)))
        .collect(Collectors.joining(", "));
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
