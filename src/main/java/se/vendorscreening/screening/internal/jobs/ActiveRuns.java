package se.vendorscreening.screening.internal.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.screening.RunInfo;
import se.vendorscreening.screening.internal.matching.SubjectMatcher;
import se.vendorscreening.screening.internal.rules.FindingTexts;
import se.vendorscreening.screening.internal.rules.RuleContext;
import se.vendorscreening.screening.internal.rules.RuleSet;
import se.vendorscreening.screening.internal.rules.RuleSetLoader;
import se.vendorscreening.screening.internal.rules.StatementEvidenceSource;
import se.vendorscreening.screening.internal.stores.OverrideStore;
import se.vendorscreening.screening.internal.stores.RunStore;
import se.vendorscreening.shared.ProcurementType;

/**
 * Holds the resources of the runs screening parties in this JVM, opened once per run from its job
 * parameters (so a restarted run opens them again) and released when its job ends. Kept by run id,
 * not in the job's scope: the party threads of a chunk look them up (a thread of a failed chunk,
 * still running after its step ended, must find them gone rather than open them again), a worker
 * process keeps them between the partitions of a run whose job runs elsewhere ({@link
 * PartitionRegistries}), and the run's written files are read after its job has ended. What loads
 * ahead of the parties is the job's own ({@link RegistryPreload}).
 */
@Component
class ActiveRuns {

  private final Map<String, RunResources> runs = new ConcurrentHashMap<>();
  private final ScreeningProperties properties;
  private final OverrideStore overrides;
  private final RunStore runStore;
  private final se.vendorscreening.graph.RelationshipSignals graph;

  ActiveRuns(
      ScreeningProperties properties,
      OverrideStore overrides,
      RunStore runStore,
      se.vendorscreening.graph.RelationshipSignals graph) {
    this.properties = properties;
    this.overrides = overrides;
    this.runStore = runStore;
    this.graph = graph;
  }

  RuleSet loadRules() {
    // the graph's settings decide findings too, so they count towards the rules version
    return RuleSetLoader.load(
        properties.rulesFile(), properties.matching().threshold(), graph.settings());
  }

  /**
   * The run's resources, opened on first use ({@link RunRegistryListeners#openBeforeTheParties},
   * before a step), with the registries the job execution preloaded or opens now.
   */
  RunResources resourcesFor(JobParameters parameters, RegistryPreload preload) {
    RunParameters run = RunParameters.of(parameters);
    return runs.compute(
        run.runId(),
        (id, resources) ->
            resources == null || resources.registries() == null ? open(run, preload) : resources);
  }

  /**
   * The resources a screening step opened for the run, with its registries; never opens them.
   *
   * @throws IllegalStateException when the run's screening step is not in progress here (a party
   *     thread of a chunk that failed, still running after its step ended)
   */
  RunResources screeningResources(String runId) {
    RunResources run = runs.get(runId);
    if (run == null || run.registries() == null) {
      throw new IllegalStateException(
          "run " + runId + " is not screening parties in this process (its step has ended)");
    }
    return run;
  }

  /**
   * The run's resources for the steps after screening, which need no registries: opened without
   * them when the run is not in progress here (a restart of a later step).
   */
  RunResources resourcesAfterScreening(JobParameters parameters) {
    RunParameters run = RunParameters.of(parameters);
    return runs.computeIfAbsent(run.runId(), id -> open(run, null));
  }

  /**
   * Drops the run's registries once its parties are screened: their indexes grow with the extracts
   * and are the largest thing a run holds, and the later steps (subcontractor flagging, reports) do
   * not use them.
   */
  void releaseRegistries(String runId) {
    runs.computeIfPresent(runId, (id, run) -> run.withoutRegistries());
  }

  /** The run's resources if it is in progress here. */
  RunResources get(String runId) {
    return runs.get(runId);
  }

  void release(String runId) {
    runs.remove(runId);
  }

  /**
   * The rules of a run, loaded again wherever its resources are opened (the job's process, a
   * partition on a worker node, a restart): they must be the ones the run recorded when it started,
   * or its parties would be judged by two rule sets.
   */
  private RuleSet loadRulesOfRun(String runId) {
    RuleSet rules = loadRules();
    runStore
        .run(runId)
        .map(RunInfo::rulesVersion)
        .filter(recorded -> !rules.isVersion(recorded))
        .ifPresent(
            recorded -> {
              throw new IllegalStateException(
                  "run "
                      + runId
                      + " started with rules version "
                      + recorded
                      + ", but this process has "
                      + rules.version()
                      + " (config/rules.yml must be the same on every node)");
            });
    return rules;
  }

  /**
   * @param preload the registries, or null to open the resources without them
   */
  private RunResources open(RunParameters run, RegistryPreload preload) {
    String runId = run.runId();
    RuleSet rules = loadRulesOfRun(runId);
    LocalDate asOf = run.asOf();
    Registries registries = null;
    if (preload != null) {
      registries = preload.take();
      runStore.recordRegistries(runId, registries.mode(), registries.sources());
    }
    RuleContext context =
        new RuleContext(ProcurementType.LOU, asOf, rules, FindingTexts.standalone(run.language()));
    return new RunResources(
        runId,
        registries,
        context,
        SubjectMatcher.of(rules.matching()),
        overrides.inForceOn(asOf),
        run.outDir(),
        null,
        null);
  }

  /**
   * The sources of statements, documents and register-check answers a run's screening asks about
   * every party: the application's {@link se.vendorscreening.screening.GroundEvidenceSource} beans,
   * in their order; the statements imported into the register are one of them (docs/evidence.md),
   * read here once for the step that screens the parties (each partition's step reads them once).
   */
  List<se.vendorscreening.screening.GroundEvidenceSource> groundEvidenceSources(
      String runId,
      org.springframework.beans.factory.ObjectProvider<
              se.vendorscreening.screening.GroundEvidenceSource>
          beans) {
    // the statements are read once for the step, not once a party
    return beans
        .orderedStream()
        .map(
            source ->
                source instanceof StatementEvidenceSource statements
                    ? statements.loadedOnce()
                    : source)
        .toList();
  }
}
