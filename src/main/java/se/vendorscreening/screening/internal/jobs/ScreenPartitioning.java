package se.vendorscreening.screening.internal.jobs;

import java.time.Clock;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.stereotype.Component;

/**
 * Builds the manager step of a partitioned screening step: it sends the partition requests and
 * polls the job repository until each partition has ended, failing after the configured timeout.
 */
@Component
class ScreenPartitioning {

  private final JobRepository jobRepository;
  private final QueueChannel screenPartitionRequests;
  private final PartitionWorker worker;
  private final ScreeningProperties.Partitioning settings;
  private final JobRunResources jobRun;
  private final PartitionRegistries partitionRegistries;
  private final Clock clock;

  ScreenPartitioning(
      JobRepository jobRepository,
      QueueChannel screenPartitionRequests,
      PartitionWorker worker,
      ScreeningProperties properties,
      JobRunResources jobRunResources,
      PartitionRegistries partitionRegistries,
      Clock clock) {
    this.jobRepository = jobRepository;
    this.screenPartitionRequests = screenPartitionRequests;
    this.worker = worker;
    this.settings = properties.partitioning();
    this.jobRun = jobRunResources;
    this.partitionRegistries = partitionRegistries;
    this.clock = clock;
  }

  /**
   * The manager of a partitioned parties step.
   *
   * @param partitioner which parties the partitions split ({@link PartiesPartitioner})
   */
  Step managerStep(String name, Partitioner partitioner) {
    RemotePartitioningManagerStepBuilder manager =
        new RemotePartitioningManagerStepBuilder(name, jobRepository)
            .partitioner(ScreenPartitioningConfiguration.PARTITION_STEP, partitioner)
            .gridSize(settings.partitions())
            .outputChannel(screenPartitionRequests)
            .pollInterval(settings.pollInterval().toMillis())
            .timeout(settings.timeout().toMillis())
            .listener(new PhaseLog())
            // every partition has ended: the registries the local partitions kept can go
            .listener(RunRegistryListeners.releaseAfterTheParties(jobRun, partitionRegistries))
            .listener(
                new FailUnfinishedPartitions(
                    jobRepository, ScreenPartitioningConfiguration.PARTITION_STEP, clock));
    if (settings.localWorker()) {
      manager.listener(new LocalPartitionWork(worker));
    }
    return manager.build();
  }
}
