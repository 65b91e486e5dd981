package se.vendorscreening.screening.internal.jobs;

import java.time.Clock;
import java.util.function.Function;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.registry.Registries;
import se.vendorscreening.screening.RunReportWriter;
import se.vendorscreening.screening.internal.stores.PartyResultStore;
import se.vendorscreening.screening.internal.stores.RunStore;

/** Builds the steps the screen and re-check jobs share, each under the name its job gives it. */
@Component
class ScreeningSteps {

  private final JobRepository jobRepository;
  private final PlatformTransactionManager transactionManager;
  private final PartyResultStore results;
  private final RunStore runStore;
  private final RunResourcesOpener opener;
  private final JobRunResources jobRun;
  private final RegistryPreload registryPreload;
  private final PartitionRegistries partitionRegistries;
  private final ObjectProvider<RunReportWriter> reportWriter;
  private final ScreeningProperties properties;
  private final Clock clock;
  private final se.vendorscreening.graph.RelationshipSignals relationshipSignals;
  private final int phoenixMonths;
  private final AsyncTaskExecutor partyExecutor;

  ScreeningSteps(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      PartyResultStore results,
      RunStore runStore,
      RunResourcesOpener opener,
      JobRunResources jobRunResources,
      RegistryPreload registryPreload,
      PartitionRegistries partitionRegistries,
      ObjectProvider<RunReportWriter> reportWriter,
      ScreeningProperties properties,
      Clock clock,
      se.vendorscreening.graph.RelationshipSignals relationshipSignals,
      @org.springframework.beans.factory.annotation.Value(
              "${screening.graph.phoenix-period-months:36}")
          int phoenixMonths,
      @Qualifier(ScreeningThreads.PARTY_EXECUTOR) AsyncTaskExecutor partyExecutor) {
    this.partyExecutor = partyExecutor;
    this.clock = clock;
    this.relationshipSignals = relationshipSignals;
    this.phoenixMonths = phoenixMonths;
    this.jobRepository = jobRepository;
    this.transactionManager = transactionManager;
    this.results = results;
    this.runStore = runStore;
    this.opener = opener;
    this.jobRun = jobRunResources;
    this.registryPreload = registryPreload;
    this.partitionRegistries = partitionRegistries;
    this.reportWriter = reportWriter;
    this.properties = properties;
  }

  /**
   * Reads parties in chunks, checks them concurrently ahead of the chunk being written ({@link
   * PartiesScreenedAhead}) and writes their results; the processor and writer are step-scoped beans
   * that know their run. The run's registries are the job's preload, released when the step ends.
   */
  Step screenPartiesStep(
      String name,
      ItemStreamReader<RegisteredParty> reader,
      ScreenPartyProcessor processor,
      PartyResultWriter writer) {
    return partiesStep(
        name,
        reader,
        processor,
        writer,
        runId -> opener.registriesOf(runId, registryPreload),
        RunRegistryListeners.releaseAfterTheParties(jobRun, null));
  }

  /**
   * The same step over one partition of the parties: the process keeps the run's registries from
   * one partition to the next ({@link PartitionRegistries}, one of the listeners). The listeners
   * come after the step's phase log and before it opens the run's registries ({@link
   * RunRegistryListeners#openBeforeTheParties}).
   */
  Step partitionOfPartiesStep(
      String name,
      ItemStreamReader<RegisteredParty> reader,
      ScreenPartyProcessor processor,
      PartyResultWriter writer,
      StepExecutionListener... listeners) {
    return partiesStep(
        name,
        reader,
        processor,
        writer,
        runId ->
            partitionRegistries.registriesOf(
                runId, () -> opener.registriesOf(runId, registryPreload)),
        listeners);
  }

  /** The registries are opened before the first chunk from {@code registries}. */
  private Step partiesStep(
      String name,
      ItemStreamReader<RegisteredParty> reader,
      ScreenPartyProcessor processor,
      PartyResultWriter writer,
      Function<String, Registries> registries,
      StepExecutionListener... listeners) {
    // the parties are checked on the party executor by the reader, ahead of the chunk being
    // written (PartiesScreenedAhead), not by the chunk's own concurrent processing, which waited
    // for the writer
    var step =
        new StepBuilder(name, jobRepository)
            .<PartyResultStore.Rows, PartyResultStore.Rows>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(
                new PartiesScreenedAhead<>(
                    reader, processor, partyExecutor, properties.chunkSize()))
            .writer(writer)
            .listener(new PhaseLog());
    for (StepExecutionListener listener : listeners) {
      step.listener(listener);
    }
    // after the listeners that keep a worker's registries from being released
    step.listener(RunRegistryListeners.openBeforeTheParties(jobRun, registries));
    return step.build();
  }

  /**
   * Adds the relationship graph's findings to the parties the run screened, before their
   * subcontractors flag them: the import's parties, or the parties a re-check follows.
   */
  Step graphSignalsStep(String name, GraphSignalsTasklet.Parties parties) {
    return new StepBuilder(name, jobRepository)
        .tasklet(
            new GraphSignalsTasklet(relationshipSignals, results, jobRun, phoenixMonths, parties),
            transactionManager)
        .listener(new PhaseLog())
        .build();
  }

  Step flagSubcontractorsStep(String name) {
    return new StepBuilder(name, jobRepository)
        .tasklet(new FlagSubcontractorsTasklet(results, jobRun), transactionManager)
        .listener(new PhaseLog())
        .build();
  }

  Step completeRunStep(String name, boolean classifyChanges) {
    return new StepBuilder(name, jobRepository)
        .tasklet(
            new CompleteRunTasklet(results, runStore, classifyChanges, clock), transactionManager)
        .listener(new PhaseLog())
        .build();
  }

  /**
   * The run folder's step. Made with its job, so the report writer is made then too and prepares
   * what the report phase will need (the workbook library's fonts) while the run goes on, instead
   * of when the step starts (docs/launcher.md).
   */
  Step writeReportsStep(String name) {
    reportWriter.ifAvailable(RunReportWriter::prepare);
    return new StepBuilder(name, jobRepository)
        .tasklet(new WriteReportsTasklet(reportWriter, runStore, jobRun), transactionManager)
        .listener(new PhaseLog())
        .build();
  }
}
