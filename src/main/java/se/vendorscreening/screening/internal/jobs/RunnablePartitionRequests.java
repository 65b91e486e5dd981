package se.vendorscreening.screening.internal.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.GenericSelector;

/**
 * Lets through only requests whose partition still waits (STARTING) in a job that still runs: a
 * request left in the queue by a run that failed or timed out must not screen its parties again
 * beside the restarted run.
 */
final class RunnablePartitionRequests implements GenericSelector<StepExecutionRequest> {

  private static final Logger log = LoggerFactory.getLogger(RunnablePartitionRequests.class);

  private final JobRepository jobRepository;

  RunnablePartitionRequests(JobRepository jobRepository) {
    this.jobRepository = jobRepository;
  }

  @Override
  public boolean accept(StepExecutionRequest request) {
    StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
    boolean runnable =
        partition != null
            && partition.getStatus() == BatchStatus.STARTING
            && partition.getJobExecution().isRunning();
    if (!runnable) {
      log.warn("Dropped {}: its partition or job is no longer waiting", request);
    }
    return runnable;
  }
}
