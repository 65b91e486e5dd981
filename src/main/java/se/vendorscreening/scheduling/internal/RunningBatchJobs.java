package se.vendorscreening.scheduling.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Asks the Spring Batch executions started by this node's running scheduled jobs to stop. The step
 * checks the STOPPING status between chunks, so the execution ends STOPPED with its position saved
 * and {@link JobOperator#restart(JobExecution)} continues it.
 */
class RunningBatchJobs {

  private static final Logger log = LoggerFactory.getLogger(RunningBatchJobs.class);

  private final JobRepository jobRepository;
  private final JobOperator jobOperator;

  RunningBatchJobs(JobRepository jobRepository, JobOperator jobOperator) {
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
  }

  /**
   * Stops every running execution created since the earliest fire time of the scheduled jobs
   * running here. Batch executions carry no node, so on a cluster this may also stop one that
   * another node started in the same interval; it ends STOPPED and can be restarted there.
   *
   * @return how many were asked to stop
   */
  int stopStartedSince(Date earliestFireTime) {
    LocalDateTime since =
        LocalDateTime.ofInstant(earliestFireTime.toInstant(), ZoneId.systemDefault());
    int stopped = 0;
    for (String jobName : jobRepository.getJobNames()) {
      for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
        LocalDateTime created = execution.getCreateTime();
        if (created != null && created.isBefore(since.minusSeconds(1))) {
          continue;
        }
        try {
          jobOperator.stop(execution);
          stopped++;
          log.info(
              "Batch job {} execution {} asked to stop after its current chunk",
              jobName,
              execution.getId());
        } catch (JobExecutionNotRunningException e) {
          log.debug("Batch job {} execution {} already ended", jobName, execution.getId());
        }
      }
    }
    return stopped;
  }
}
