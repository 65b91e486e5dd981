package se.vendorscreening.screening.internal.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.registry.RegistryConnections;
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
 * Holds the resources of the runs in progress in this JVM, opened once per run from its job
 * parameters (so a restarted run opens them again) and released when its job ends.
 */
@Component
public class ActiveRuns {

  private final Map<String, RunResources> runs = new ConcurrentHashMap<>();
  private final Map<String, RuleSet> preparedRules = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Registries>> preloads = new ConcurrentHashMap<>();
  private final RegistryConnections connections;
  private final ScreeningProperties properties;
  private final OverrideStore overrides;
  private final RunStore runStore;
  private final Executor preloadExecutor;
  private final se.vendorscreening.graph.RelationshipSignals graph;

  ActiveRuns(
      RegistryConnections connections,
      ScreeningProperties properties,
      OverrideStore overrides,
      RunStore runStore,
      @Qualifier(ScreeningThreads.REGISTRY_PRELOAD) Executor preloadExecutor,
      se.vendorscreening.graph.RelationshipSignals graph) {
    this.connections = connections;
    this.properties = properties;
    this.overrides = overrides;
    this.runStore = runStore;
    this.preloadExecutor = preloadExecutor;
    this.graph = graph;
  }

  /** The rules the run was started with (their version is already recorded). */
  void prepare(String runId, RuleSet rules) {
    preparedRules.put(runId, rules);
  }

  RuleSet loadRules() {
    // the graph's settings decide findings too, so they count towards the rules version
    return RuleSetLoader.withSettings(
        RuleSetLoader.load(properties.rulesFile(), properties.matching().threshold()),
        graph.settings());
  }

  /**
   * Starts opening the run's registries on the preload executor, so that reading the extracts (a
   * million conviction records take several seconds) overlaps the import; the screening step then
   * takes them, or the failure that opening them ended in.
   */
  void preloadRegistries(JobParameters parameters) {
    String runId = RunParameters.runIdOf(parameters);
    Path dir = RunParameters.of(parameters).registriesDir();
    preloads.computeIfAbsent(
        runId,
        id -> {
          CompletableFuture<Registries> future = new CompletableFuture<>();
          preloadExecutor.execute(
              () -> {
                try {
                  future.complete(connections.open(dir));
                } catch (Throwable e) {
                  future.completeExceptionally(e);
                }
              });
          return future;
        });
  }

  /**
   * The run's resources, opened on first use ({@link RunRegistryListeners#openBeforeTheParties},
   * before a step).
   */
  RunResources resourcesFor(JobParameters parameters) {
    RunParameters run = RunParameters.of(parameters);
    return runs.compute(
        run.runId(),
        (id, resources) ->
            resources == null || resources.registries() == null ? open(run, true) : resources);
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
    return runs.computeIfAbsent(run.runId(), id -> open(run, false));
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
    preloads.remove(runId);
    runs.remove(runId);
    preparedRules.remove(runId);
  }

  /**
   * The rules for a run started elsewhere (a partition on a worker node) or earlier (a restart):
   * they must be the ones the run recorded, or its parties would be judged by two rule sets.
   */
  private RuleSet loadRulesOfRun(String runId) {
    RuleSet rules = loadRules();
    runStore
        .run(runId)
        .map(RunInfo::rulesVersion)
        .filter(recorded -> !recorded.equals(rules.version()))
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

  private RunResources open(RunParameters run, boolean withRegistries) {
    String runId = run.runId();
    RuleSet rules = preparedRules.computeIfAbsent(runId, this::loadRulesOfRun);
    LocalDate asOf = run.asOf();
    Registries registries = null;
    if (withRegistries) {
      registries = openRegistries(runId, run.registriesDir());
      runStore.recordRegistries(runId, registries.mode(), registries.sources());
    }
    RuleContext context =
        new RuleContext(ProcurementType.LOU, asOf, rules, FindingTexts.standalone(run.language()));
    return new RunResources(
        runId,
        registries,
        context,
        SubjectMatcher.of(rules),
        overrides.inForceOn(asOf),
        run.outDir(),
        null,
        null);
  }

  /**
   * The preloaded registries, or registries opened now; either way, whether opened or failed, the
   * preload is used once, so that a failure is not left behind for the run's restart.
   */
  private Registries openRegistries(String runId, Path dir) {
    CompletableFuture<Registries> opening =
        preloads.computeIfAbsent(
            runId,
            id -> {
              try {
                return CompletableFuture.completedFuture(connections.open(dir));
              } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
              }
            });
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    } finally {
      preloads.remove(runId, opening);
    }
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
