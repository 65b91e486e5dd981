package se.vendorscreening.screening.internal.jobs;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.ChannelMessageStoreQueryProvider;
import org.springframework.integration.jdbc.store.channel.H2ChannelMessageStoreQueryProvider;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.GenericMessage;
import se.vendorscreening.intake.ContractRegister;
import se.vendorscreening.intake.RegisteredParty;
import se.vendorscreening.shared.JobScopeOnStepThreads;

/**
 * Remote partitioning of {@code screenPartiesStep} (Spring Batch Integration): the manager step
 * splits the run's parties into ranges and puts one {@link StepExecutionRequest} per range on a
 * queue kept in the shared database; {@code screenPartitionStep} runs one range in whichever
 * process takes the request (the {@code worker} command, or the manager's own process); the manager
 * polls the job repository until every partition has ended. Used when {@code
 * screening.screening.partitioning.partitions} is above 1.
 */
@Configuration(proxyBeanMethods = false)
class ScreenPartitioningConfiguration {

  static final String PARTITION_STEP = "screenPartitionStep";
  static final String REQUESTS = "screenPartitionRequests";

  /**
   * The requests as rows of {@code int_channel_message} (V60 migration); PostgreSQL takes them with
   * {@code FOR UPDATE SKIP LOCKED}, so each goes to one node.
   */
  @Bean
  JdbcChannelMessageStore screenPartitionRequestStore(DataSource dataSource)
      throws MetaDataAccessException {
    JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
    store.setChannelMessageStoreQueryProvider(queryProviderFor(dataSource));
    // A request is a GenericMessage with its headers (a HashMap: UUID, numbers, strings).
    store.addAllowedPatterns(
        GenericMessage.class.getName(),
        MessageHeaders.class.getName(),
        StepExecutionRequest.class.getName(),
        "java.util.HashMap",
        "java.util.UUID",
        "java.lang.*");
    store.setCheckDatabaseOnStart(false);
    return store;
  }

  @Bean
  QueueChannel screenPartitionRequests(JdbcChannelMessageStore screenPartitionRequestStore) {
    return new QueueChannel(new MessageGroupQueue(screenPartitionRequestStore, REQUESTS));
  }

  /**
   * The step each partition runs: the screening step over the partition's range of parties. Built
   * on the first request, so that processes that never take one do not build it.
   */
  @Bean
  @Lazy
  Step screenPartitionStep(
      ScreeningSteps steps,
      ItemStreamReader<RegisteredParty> partiesOfPartitionReader,
      ScreenPartyProcessor screenPartyProcessor,
      PartyResultWriter partyResultWriter,
      PartitionWorker worker,
      PartitionRegistries registries) {
    return steps.partitionOfPartiesStep(
        PARTITION_STEP,
        partiesOfPartitionReader,
        screenPartyProcessor,
        partyResultWriter,
        // the job's scope on the worker thread, for the run's registry preload
        new JobScopeOnStepThreads(),
        worker,
        registries);
  }

  @Bean
  @StepScope
  ItemStreamReader<RegisteredParty> partiesOfPartitionReader(
      ContractRegister register,
      @Value("#{jobParameters['runId']}") String runId,
      @Value("#{stepExecution}") StepExecution partition) {
    ExecutionContext context = partition.getExecutionContext();
    return switch (PartiesPartitioner.partiesOf(context)) {
      case OF_IMPORT -> register.partiesOfImport(runId, PartitionRanges.rangeOf(context));
      case OF_ACTIVE_CONTRACTS ->
          register.partiesOfActiveContracts(PartitionRanges.rangeOf(context));
    };
  }

  @Bean
  Partitioner partiesOfImportPartitioner(ContractRegister register) {
    return new PartiesPartitioner(register, PartiesPartitioner.Parties.OF_IMPORT);
  }

  @Bean
  Partitioner partiesOfActiveContractsPartitioner(ContractRegister register) {
    return new PartiesPartitioner(register, PartiesPartitioner.Parties.OF_ACTIVE_CONTRACTS);
  }

  /**
   * The worker flow is made at start also when a command creates its beans lazily, if runs are
   * partitioned: its endpoint is registered only when the flow is made, and a partitioned run
   * started here takes partitions. Without partitions a command that starts lazily does not make it
   * (its request queue asks the database for its product at start); {@code serve} and {@code
   * worker} make every bean at start anyway.
   */
  @Bean
  static LazyInitializationExcludeFilter partitionWorkerFlowAtStart(Environment environment) {
    boolean partitioned =
        Binder.get(environment)
                .bind("screening.screening.partitioning.partitions", Integer.class)
                .orElse(1)
            > 1;
    return partitioned
        ? LazyInitializationExcludeFilter.forBeanTypes(IntegrationFlow.class)
        : (name, definition, type) -> false;
  }

  /**
   * Takes one request at a time (a partition already checks its parties concurrently) and runs its
   * partition; started by {@link PartitionWorker}, never with the context.
   */
  @Bean
  IntegrationFlow screenPartitionWorkerFlow(
      QueueChannel screenPartitionRequests,
      JobRepository jobRepository,
      BeanFactory beans,
      ScreeningProperties properties) {
    StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    handler.setJobRepository(jobRepository);
    handler.setStepLocator(
        name -> PARTITION_STEP.equals(name) ? beans.getBean(PARTITION_STEP, Step.class) : null);
    return IntegrationFlow.from(screenPartitionRequests)
        .filter(
            StepExecutionRequest.class,
            new RunnablePartitionRequests(jobRepository),
            endpoint ->
                endpoint
                    .id(PartitionWorker.ENDPOINT)
                    .autoStartup(false)
                    .poller(
                        Pollers.fixedDelay(properties.partitioning().pollInterval())
                            .maxMessagesPerPoll(1)
                            // one query a poll: waiting inside the queue would only wake up for
                            // requests sent by this process, and let it take them all
                            .receiveTimeout(0)))
        .handle(handler, "handle")
        .nullChannel();
  }

  private static ChannelMessageStoreQueryProvider queryProviderFor(DataSource dataSource)
      throws MetaDataAccessException {
    String product =
        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    return product.toLowerCase(Locale.ROOT).contains("postgres")
        ? new PostgresChannelMessageStoreQueryProvider()
        : new H2ChannelMessageStoreQueryProvider();
  }
}
