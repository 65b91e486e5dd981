package se.vendorscreening.screening.internal.jobs;

import java.time.LocalDate;
import java.util.List;
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
 * Opens a run's resources from its job parameters: the rules it recorded, the matcher, the
 * overrides in force on its evaluation date, and its registries. Holds nothing itself: the
 * resources of a job execution are its {@code @JobScope} {@link JobRunResources}, and the
 * registries a worker keeps between the partitions of a run are {@link PartitionRegistries}'.
 */
@Component
class RunResourcesOpener {

  private final ScreeningProperties properties;
  private final OverrideStore overrides;
  private final RunStore runStore;
  private final se.vendorscreening.graph.RelationshipSignals graph;

  RunResourcesOpener(
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
   * The run's registries, preloaded by the job execution or opened now, recorded with the run.
   *
   * @param preload the job execution's preload
   */
  Registries registriesOf(String runId, RegistryPreload preload) {
    Registries registries = preload.take();
    runStore.recordRegistries(runId, registries.mode(), registries.sources());
    return registries;
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
   * The run's resources: its rules (checked against the version it recorded), the matcher, the
   * overrides in force on its evaluation date.
   *
   * @param registries the run's registries, or null to open the resources without them
   */
  RunResources open(RunParameters run, Registries registries) {
    String runId = run.runId();
    RuleSet rules = loadRulesOfRun(runId);
    LocalDate asOf = run.asOf();
    RuleContext context =
        new RuleContext(ProcurementType.LOU, asOf, rules, FindingTexts.standalone(run.language()));
    return new RunResources(
        runId,
        registries,
        context,
        SubjectMatcher.of(rules.matching()),
        overrides.inForceOn(asOf),
        run.outDir(),
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
