package se.vendorscreening.screening.internal.jobs;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import se.vendorscreening.graph.SubcontractorTiers;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RegisteredParty;

/**
 * The re-check of every party of every ACTIVE contract and of every subcontractor below one at any
 * tier (command {@code recheck} and the nightly job): {@code followSubcontractorTiersStep} (which
 * parties, {@link FollowSubcontractorTiersTasklet}) → {@code recheckPartiesStep} → {@code
 * recheckGraphSignalsStep} (the relationship graph's findings for the followed parties, with the
 * ownership the register keeps) → {@code flagRecheckSubcontractorsStep} → {@code
 * completeRecheckRunStep} (each decision compared with the previous one) → {@code
 * writeRecheckReportsStep}.
 */
@Configuration(proxyBeanMethods = false)
class RecheckJobConfiguration {

  static final String JOB_NAME = "recheckJob";

  @Bean
  Job recheckJob(
      JobRepository jobRepository,
      ScreeningSteps steps,
      Step followSubcontractorTiersStep,
      Step recheckPartiesStep,
      JobRunResources jobRunResources) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .listener(JobRunResources.atTheJobsEnd(jobRunResources))
        .start(followSubcontractorTiersStep)
        .next(recheckPartiesStep)
        .next(
            steps.graphSignalsStep("recheckGraphSignalsStep", GraphSignalsTasklet.Parties.FOLLOWED))
        .next(steps.flagSubcontractorsStep("flagRecheckSubcontractorsStep"))
        .next(steps.completeRunStep("completeRecheckRunStep", true))
        .next(steps.writeReportsStep("writeRecheckReportsStep"))
        .build();
  }

  /** Records the parties the re-check follows, through every subcontractor tier. */
  @Bean
  Step followSubcontractorTiersStep(
      JobRepository jobRepository,
      PlatformTransactionManager transactionManager,
      SubcontractorTiers tiers,
      ContractRegister register) {
    return new StepBuilder("followSubcontractorTiersStep", jobRepository)
        .tasklet(new FollowSubcontractorTiersTasklet(tiers, register), transactionManager)
        .listener(new PhaseLog())
        .build();
  }

  /**
   * Checks the parties in this process, or, with {@code
   * screening.screening.partitioning.partitions} above 1, as the manager of partitions that worker
   * processes run, as the screen job does (docs/scaling.md).
   */
  @Bean
  Step recheckPartiesStep(
      ScreeningSteps steps,
      ScreeningProperties properties,
      ObjectProvider<ScreenPartitioning> partitioning,
      @Qualifier("partiesOfActiveContractsPartitioner") ObjectProvider<Partitioner> partitioner,
      ItemStreamReader<RegisteredParty> partiesOfActiveContractsReader,
      ScreenPartyProcessor screenPartyProcessor,
      PartyResultWriter partyResultWriter) {
    if (properties.partitioning().enabled()) {
      return partitioning.getObject().managerStep("recheckPartiesStep", partitioner.getObject());
    }
    return steps.screenPartiesStep(
        "recheckPartiesStep",
        partiesOfActiveContractsReader,
        screenPartyProcessor,
        partyResultWriter);
  }

  @Bean
  @StepScope
  ItemStreamReader<RegisteredParty> partiesOfActiveContractsReader(ContractRegister register) {
    return register.partiesOfActiveContracts();
  }
}
