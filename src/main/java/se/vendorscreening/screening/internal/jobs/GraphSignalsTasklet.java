package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import se.vendorscreening.graph.GraphInputs;
import se.vendorscreening.graph.GraphSignal;
import se.vendorscreening.graph.RelationshipSignals;
import se.vendorscreening.registry.NetworkAssessment;
import se.vendorscreening.screening.Finding;
import se.vendorscreening.screening.PartyResult;
import se.vendorscreening.screening.internal.rules.AddedFindings;
import se.vendorscreening.screening.internal.rules.FrontPersonRule;
import se.vendorscreening.screening.internal.rules.OrganisedCrimeHopsRule;
import se.vendorscreening.screening.internal.rules.OrganisedCrimeProfile;
import se.vendorscreening.screening.internal.rules.PartyResults;
import se.vendorscreening.screening.internal.rules.PhoenixRule;
import se.vendorscreening.screening.internal.rules.RuleContext;
import se.vendorscreening.screening.internal.rules.SanctionedOwnershipRule;
import se.vendorscreening.screening.internal.rules.SanctionedSubcontractorRule;
import se.vendorscreening.screening.internal.rules.SanctionsRules;
import se.vendorscreening.screening.internal.rules.SharedPersonsRule;
import se.vendorscreening.screening.internal.rules.StoredFindings;
import se.vendorscreening.screening.internal.stores.PartyResultStore;

/**
 * Once every party is screened, builds the relationship graph of the import (or, in a re-check, of
 * the parties it follows, with the ownership the register keeps) and adds the findings of its
 * signals (SHARED_PERSONS, SANCTIONED_OWNERSHIP, SANCTIONED_SUBCONTRACTOR, FRONT_PERSON, PHOENIX,
 * ORGANISED_CRIME_HOPS) to the parties' results, applying each party's overrides again. Runs before
 * the subcontractor step, so a subcontractor flagged by the graph flags its vendor too.
 */
final class GraphSignalsTasklet implements Tasklet {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(GraphSignalsTasklet.class);

  private final RelationshipSignals signals;
  private final PartyResultStore store;
  private final JobRunResources resources;
  private final SharedPersonsRule sharedPersons = new SharedPersonsRule();
  private final SanctionedOwnershipRule sanctionedOwnership = new SanctionedOwnershipRule();
  private final SanctionedSubcontractorRule sanctionedSubcontractor =
      new SanctionedSubcontractorRule();
  private final FrontPersonRule frontPerson = new FrontPersonRule();
  private final PhoenixRule phoenix = new PhoenixRule();
  private final OrganisedCrimeHopsRule organisedCrimeHops = new OrganisedCrimeHopsRule();
  private final int phoenixMonths;
  private final Parties parties;

  /** Whose signals the step adds. */
  enum Parties {
    /** The parties of the screen run's import, with the run's ownership file. */
    IMPORT,
    /** The parties a re-check follows, with the ownership the register keeps. */
    FOLLOWED
  }

  GraphSignalsTasklet(
      RelationshipSignals signals,
      PartyResultStore store,
      JobRunResources resources,
      int phoenixMonths,
      Parties parties) {
    this.signals = signals;
    this.store = store;
    this.resources = resources;
    this.phoenixMonths = phoenixMonths;
    this.parties = parties;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    JobParameters parameters = contribution.getStepExecution().getJobParameters();
    RunResources run = resources.afterScreening();
    List<GraphSignal> found =
        switch (parties) {
          case IMPORT -> {
            Path ownersFile = RunParameters.of(parameters).inputs().owners();
            yield signals.signalsOfImport(run.runId(), ownersFile, inputs(run));
          }
          case FOLLOWED -> signals.signalsOfFollowedParties(inputs(run));
        };
    Map<List<String>, List<GraphSignal>> byParty = new LinkedHashMap<>();
    for (GraphSignal signal : found) {
      byParty
          .computeIfAbsent(
              List.of(signal.procurementId(), signal.partyKey()), k -> new ArrayList<>())
          .add(signal);
    }
    // Only what deciding again needs is read back (no finding's text or evidence), and only the
    // rows that change are written: the added findings, the stored ones they push to a later
    // ordinal and the decisions that change. A party with overrides is read and written whole,
    // since its overrides are judged again against all its findings.
    if (byParty.isEmpty()) {
      return RepeatStatus.FINISHED;
    }
    long started = System.nanoTime();
    Map<List<String>, StoredFindings> stored = store.storedFindings(run.runId(), byParty.keySet());
    long read = System.nanoTime();
    List<AddedFindings> added = new ArrayList<>(stored.size());
    List<List<String>> whole = new ArrayList<>();
    byParty.forEach(
        (key, partySignals) -> {
          StoredFindings party = stored.get(key);
          if (party == null) {
            return;
          }
          RuleContext context = run.context().under(party.procurementType());
          java.util.Optional<AddedFindings> rows =
              run.overridesOf(party.partyKey()).isEmpty()
                  ? AddedFindings.of(
                      party, partySignals.stream().map(s -> findingFor(s, context)).toList())
                  : java.util.Optional.empty();
          rows.ifPresentOrElse(added::add, () -> whole.add(key));
        });
    List<PartyResult> replaced = new ArrayList<>(whole.size());
    if (!whole.isEmpty()) {
      store
          .results(run.runId(), whole)
          .forEach((key, result) -> replaced.add(withFindings(result, byParty.get(key), run)));
    }
    long decided = System.nanoTime();
    store.addFindings(run.runId(), added);
    store.replaceAll(run.runId(), replaced);
    log.info(
        "run {}: graph findings of {} parties read back in {} ms, decided in {} ms and written back"
            + " in {} ms ({} decided again with their overrides)",
        run.runId(),
        added.size() + replaced.size(),
        (read - started) / 1_000_000,
        (decided - read) / 1_000_000,
        (System.nanoTime() - decided) / 1_000_000,
        replaced.size());
    contribution.incrementWriteCount(added.size() + replaced.size());
    return RepeatStatus.FINISHED;
  }

  /**
   * The evaluation date, the companies a phoenix looks back to (from the register of results) and
   * the subjects of the run's assessments that meet the profile.
   */
  private GraphInputs inputs(RunResources run) {
    java.time.LocalDate asOf = run.context().asOf();
    List<GraphInputs.MarkedCompany> marked =
        store.markedCompanies(run.runId(), asOf.minusMonths(phoenixMonths));
    List<GraphInputs.OrganisedCrimeSubject> subjects = new ArrayList<>();
    if (run.assessments() == null) {
      log.warn(
          "run {}: the organised-crime assessments could not be listed, so"
              + " ORGANISED_CRIME_HOPS is not evaluated (the direct link is)",
          run.runId());
    } else {
      OrganisedCrimeProfile profile = run.context().rules().profile();
      for (NetworkAssessment assessment : run.assessments()) {
        if (assessment.subjectId() != null && profile.isMetBy(assessment.criteriaMet())) {
          subjects.add(
              new GraphInputs.OrganisedCrimeSubject(
                  assessment.subjectId().canonical(),
                  assessment.networkId(),
                  new java.util.TreeSet<>(assessment.criteriaMet())
                      .stream()
                          .map(String::valueOf)
                          .collect(java.util.stream.Collectors.joining(","))));
        }
      }
    }
    SanctionsRules sanctions = run.context().rules().sanctions();
    return new GraphInputs(
        asOf, marked, subjects, sanctions.euThresholdSek(), sanctions.subcontractorSharePercent());
  }

  private PartyResult withFindings(
      PartyResult result, List<GraphSignal> partySignals, RunResources run) {
    RuleContext context = run.context().under(result.procurementType());
    List<Finding> findings = new ArrayList<>(result.findings());
    for (GraphSignal signal : partySignals) {
      findings.add(findingFor(signal, context));
    }
    return PartyResults.withFindings(result, findings, run.overridesOf(result.partyKey()), context);
  }

  private Finding findingFor(GraphSignal signal, RuleContext context) {
    return switch (signal.rule()) {
      case SHARED_PERSONS -> sharedPersons.findingFor(signal, context);
      case SANCTIONED_OWNERSHIP -> sanctionedOwnership.findingFor(signal, context);
      case SANCTIONED_SUBCONTRACTOR -> sanctionedSubcontractor.findingFor(signal, context);
      case FRONT_PERSON -> frontPerson.findingFor(signal, context);
      case PHOENIX -> phoenix.findingFor(signal, context);
      case ORGANISED_CRIME_HOPS -> organisedCrimeHops.findingFor(signal, context);
      default -> throw new IllegalStateException("no rule for signal " + signal.ruleId());
    };
  }
}
