package se.vendorscreening.screening.internal.jobs;

import java.util.concurrent.Executor;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.intake.VendorListImport;
import se.vendorscreening.registry.RegistryConnections;
import se.vendorscreening.screening.internal.stores.PartyResultStore;
import se.vendorscreening.screening.internal.stores.RunStore;

/**
 * The pre-award screening job: {@code screenImportStep} (the vendor list into the register) →
 * {@code screenPartiesStep} (every party of the import checked and decided) → {@code
 * graphSignalsStep} (the relationship graph's findings) → {@code flagSubcontractorsStep} → {@code
 * completeScreenRunStep} (counts) → {@code writeReportsStep}. Every run is a new job instance
 * identified by its run id; no incrementer.
 */
@Configuration(proxyBeanMethods = false)
class ScreenJobConfiguration {

  static final String JOB_NAME = "screenJob";

  @Bean
  Job screenJob(
      JobRepository jobRepository,
      ScreeningSteps steps,
      Step screenImportStep,
      Step screenPartiesStep,
      JobRunResources jobRunResources) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .listener(JobRunResources.atTheJobsEnd(jobRunResources))
        .start(screenImportStep)
        .next(screenPartiesStep)
        .next(steps.graphSignalsStep("graphSignalsStep", GraphSignalsTasklet.Parties.IMPORT))
        .next(steps.flagSubcontractorsStep("flagSubcontractorsStep"))
        .next(steps.completeRunStep("completeScreenRunStep", false))
        .next(steps.writeReportsStep("writeReportsStep"))
        .build();
  }

  /**
   * Intake's import job as a step of this job ({@link VendorListImport#importStep}, a Spring Batch
   * {@code JobStep}): this job's execution starts it, and a restart of the run continues it where
   * it stopped. The run's registries start loading on another thread when the step starts; the
   * statements file is imported after the lists and the run's import recorded ({@link
   * ScreenImportRecord}).
   */
  @Bean
  Step screenImportStep(
      VendorListImport vendorListImport,
      se.vendorscreening.intake.SwornStatements swornStatements,
      RunStore runStore,
      RegistryPreload registryPreload) {
    return vendorListImport.importStep(
        "screenImportStep",
        RunParameters.RUN_ID,
        new ScreenImportRecord(swornStatements, runStore),
        RunRegistryListeners.preloadWhenTheImportStarts(registryPreload),
        new PhaseLog());
  }

  /**
   * Checks the parties in this process, or, with {@code
   * screening.screening.partitioning.partitions} above 1, as the manager of partitions that worker
   * processes run (docs/scaling.md).
   */
  @Bean
  Step screenPartiesStep(
      ScreeningSteps steps,
      ScreeningProperties properties,
      ObjectProvider<ScreenPartitioning> partitioning,
      @Qualifier("partiesOfImportPartitioner") ObjectProvider<Partitioner> partitioner,
      ItemStreamReader<RegisteredParty> partiesOfImportReader,
      ScreenPartyProcessor screenPartyProcessor,
      PartyResultWriter partyResultWriter) {
    if (properties.partitioning().enabled()) {
      return partitioning.getObject().managerStep("screenPartiesStep", partitioner.getObject());
    }
    return steps.screenPartiesStep(
        "screenPartiesStep", partiesOfImportReader, screenPartyProcessor, partyResultWriter);
  }

  /** The registries of the job execution's run, loading ahead of its screening. */
  @Bean
  @JobScope
  RegistryPreload registryPreload(
      RegistryConnections connections,
      @Qualifier(ScreeningThreads.REGISTRY_PRELOAD) Executor preloadExecutor,
      @Value("#{jobExecution.jobParameters}") JobParameters parameters) {
    return new RegistryPreload(
        connections, preloadExecutor, RunParameters.of(parameters).registriesDir());
  }

  /** The resources of the job execution's run, opened by the step that screens its parties. */
  @Bean
  @JobScope
  JobRunResources jobRunResources(
      RunResourcesOpener opener, @Value("#{jobExecution.jobParameters}") JobParameters parameters) {
    return new JobRunResources(opener, RunParameters.of(parameters));
  }

  @Bean
  @StepScope
  ItemStreamReader<RegisteredParty> partiesOfImportReader(
      ContractRegister register, @Value("#{jobParameters['runId']}") String runId) {
    return register.partiesOfImport(runId);
  }

  @Bean
  @StepScope
  ScreenPartyProcessor screenPartyProcessor(
      RunResourcesOpener opener,
      JobRunResources jobRunResources,
      @Value("#{jobParameters['runId']}") String runId,
      org.springframework.beans.factory.ObjectProvider<
              se.vendorscreening.screening.GroundEvidenceSource>
          groundSources) {
    return new ScreenPartyProcessor(
        runId, jobRunResources::screening, opener.groundEvidenceSources(runId, groundSources));
  }

  @Bean
  @StepScope
  PartyResultWriter partyResultWriter(
      PartyResultStore store, @Value("#{jobParameters['runId']}") String runId) {
    return new PartyResultWriter(store, runId);
  }
}
