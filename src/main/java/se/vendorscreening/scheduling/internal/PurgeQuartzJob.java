package se.vendorscreening.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vendorscreening.registry.EvidenceRetention;

/** Deletes registry evidence older than the job's retention period (GDPR art. 10). */
@DisallowConcurrentExecution
class PurgeQuartzJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PurgeQuartzJob.class);
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final EvidenceRetention retention;

  PurgeQuartzJob(EvidenceRetention retention) {
    this.retention = retention;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    JobSettings settings = JobSettings.of(context.getMergedJobDataMap());
    Instant cutoff = ZonedDateTime.now(STOCKHOLM).minus(settings.olderThan()).toInstant();
    try {
      long deleted = retention.purgeRetrievedBefore(cutoff, settings.actor());
      log.info(
          "Job {}: deleted {} evidence records retrieved before {}",
          settings.name(),
          deleted,
          cutoff);
    } catch (RuntimeException e) {
      log.error("Job {}: purge failed: {}", settings.name(), e.getMessage(), e);
      throw new JobExecutionException(e, false);
    }
  }
}
