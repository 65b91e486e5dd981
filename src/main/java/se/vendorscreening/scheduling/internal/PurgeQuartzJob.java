package se.vendorscreening.scheduling.internal;

import java.time.Clock;
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
import se.vendorscreening.shared.SwedishTime;

/** Deletes registry evidence older than the job's retention period (GDPR art. 10). */
@DisallowConcurrentExecution
class PurgeQuartzJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PurgeQuartzJob.class);
  private static final ZoneId STOCKHOLM = SwedishTime.ZONE;

  private final EvidenceRetention retention;
  private final Clock clock;

  PurgeQuartzJob(EvidenceRetention retention, Clock clock) {
    this.clock = clock;
    this.retention = retention;
  }

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    JobSettings settings = JobSettings.of(context.getMergedJobDataMap());
    Instant cutoff =
        ZonedDateTime.now(clock.withZone(STOCKHOLM)).minus(settings.olderThan()).toInstant();
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
