package se.vendorscreening.screening.internal.jobs;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * When the manager step gives up (a worker died or the timeout passed), marks the partitions still
 * waiting or running as FAILED: Spring Batch refuses to restart a partition it believes is still
 * running, and a request still queued is then dropped by the worker that takes it.
 */
final class FailUnfinishedPartitions implements StepExecutionListener {

  private static final Logger log = LoggerFactory.getLogger(FailUnfinishedPartitions.class);

  private final JobRepository jobRepository;
  private final String partitionStepName;
  private final Clock clock;

  FailUnfinishedPartitions(JobRepository jobRepository, String partitionStepName, Clock clock) {
    this.jobRepository = jobRepository;
    this.partitionStepName = partitionStepName;
    this.clock = clock;
  }

  @Override
  public ExitStatus afterStep(StepExecution manager) {
    if (manager.getStatus() == BatchStatus.COMPLETED) {
      return manager.getExitStatus();
    }
    JobExecution job = jobRepository.getJobExecution(manager.getJobExecutionId());
    for (StepExecution partition : job.getStepExecutions()) {
      if (partition.getStepName().startsWith(partitionStepName + ":")
          && partition.getStatus().isRunning()) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(
            ExitStatus.FAILED.addExitDescription("the manager step stopped waiting for it"));
        // the job repository's times are local times in the JVM's zone, as Spring Batch sets them
        partition.setEndTime(LocalDateTime.now(clock.withZone(ZoneId.systemDefault())));
        jobRepository.update(partition);
        log.warn(
            "Partition {} of job execution {} did not finish ({}); marked FAILED",
            partition.getStepName(),
            job.getId(),
            partition.getExecutionContext().containsKey(PartitionWorker.NODE)
                ? "last on " + partition.getExecutionContext().getString(PartitionWorker.NODE)
                : "never taken");
      }
    }
    return manager.getExitStatus();
  }
}
