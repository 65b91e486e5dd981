package se.vendorscreening.scheduling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.vendorscreening.scheduling.ScheduledJob;

/**
 * Brings the jobs and triggers stored in Quartz's tables in line with the job definitions.
 *
 * <p>A trigger whose schedule did not change is left alone: replacing it would recompute its next
 * fire time from now and lose a run missed while the service was down, which must fire once at
 * start-up (cron triggers use {@link CronTrigger#MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}).
 */
class ScheduleSynchronizer {

  static final String GROUP = "jobs-dir";
  private static final Logger log = LoggerFactory.getLogger(ScheduleSynchronizer.class);

  List<ScheduledJob> synchronize(Scheduler scheduler, List<JobDefinition> definitions)
      throws SchedulerException {
    removeDeleted(scheduler, definitions);
    List<ScheduledJob> scheduled = new ArrayList<>();
    for (JobDefinition definition : definitions) {
      JobDetail job = jobDetail(definition);
      Trigger wanted = trigger(definition);
      Trigger stored = scheduler.getTrigger(wanted.getKey());
      if (stored != null && sameSchedule(stored, wanted) && isUsable(scheduler, stored)) {
        scheduler.addJob(job, true, true);
        log.info(
            "Job {} kept its trigger, next run {}", definition.name(), stored.getNextFireTime());
      } else {
        scheduler.scheduleJob(job, Set.of(wanted), true);
        log.info("Job {} scheduled: {}", definition.name(), definition.scheduleDescription());
      }
      Trigger now = scheduler.getTrigger(wanted.getKey());
      scheduled.add(
          new ScheduledJob(
              definition.name(),
              definition.kind().label(),
              definition.scheduleDescription(),
              now == null || now.getNextFireTime() == null
                  ? null
                  : now.getNextFireTime().toInstant()));
    }
    return scheduled;
  }

  private static void removeDeleted(Scheduler scheduler, List<JobDefinition> definitions)
      throws SchedulerException {
    Set<String> names = definitions.stream().map(JobDefinition::name).collect(Collectors.toSet());
    for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
      if (!names.contains(key.getName())) {
        scheduler.deleteJob(key);
        log.info("Job {} removed: its definition is gone", key.getName());
      }
    }
    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
      if (!names.contains(key.getName())) {
        scheduler.unscheduleJob(key);
      }
    }
  }

  static JobDetail jobDetail(JobDefinition definition) {
    return JobBuilder.newJob(jobClass(definition.kind()))
        .withIdentity(definition.name(), GROUP)
        .withDescription(definition.kind().label() + " from " + definition.source().getFileName())
        .usingJobData(JobSettings.dataOf(definition))
        // Run again after a crash of the node that ran it (clustered: on another node).
        .requestRecovery(definition.kind() != JobKind.SCREEN)
        .build();
  }

  static Trigger trigger(JobDefinition definition) {
    TriggerBuilder<Trigger> builder =
        TriggerBuilder.newTrigger()
            .withIdentity(definition.name(), GROUP)
            .forJob(definition.name(), GROUP);
    if (definition.isInbox()) {
      return builder
          .withSchedule(
              SimpleScheduleBuilder.simpleSchedule()
                  .withIntervalInMilliseconds(definition.poll().toMillis())
                  .repeatForever()
                  .withMisfireHandlingInstructionNextWithRemainingCount())
          .startNow()
          .build();
    }
    return builder
        .withSchedule(
            CronScheduleBuilder.cronSchedule(definition.cron())
                .inTimeZone(TimeZone.getTimeZone(definition.zone()))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  private static Class<? extends Job> jobClass(JobKind kind) {
    return switch (kind) {
      case SCREEN -> InboxQuartzJob.class;
      case RECHECK -> RecheckQuartzJob.class;
      case PURGE -> PurgeQuartzJob.class;
    };
  }

  private static boolean sameSchedule(Trigger stored, Trigger wanted) {
    if (stored.getMisfireInstruction() != wanted.getMisfireInstruction()) {
      return false;
    }
    if (stored instanceof CronTrigger s && wanted instanceof CronTrigger w) {
      return s.getCronExpression().equals(w.getCronExpression())
          && s.getTimeZone().getID().equals(w.getTimeZone().getID());
    }
    if (stored instanceof SimpleTrigger s && wanted instanceof SimpleTrigger w) {
      return s.getRepeatInterval() == w.getRepeatInterval()
          && s.getRepeatCount() == w.getRepeatCount();
    }
    return false;
  }

  private static boolean isUsable(Scheduler scheduler, Trigger stored) throws SchedulerException {
    Trigger.TriggerState state = scheduler.getTriggerState(stored.getKey());
    return state != Trigger.TriggerState.ERROR && state != Trigger.TriggerState.COMPLETE;
  }
}
