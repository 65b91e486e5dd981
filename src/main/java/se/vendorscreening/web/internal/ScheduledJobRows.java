package se.vendorscreening.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The scheduled jobs as the Quartz store holds them, with their last and next runs. */
@Component
class ScheduledJobRows {

  private final ObjectProvider<Scheduler> scheduler;

  ScheduledJobRows(ObjectProvider<Scheduler> scheduler) {
    this.scheduler = scheduler;
  }

  List<Row> rows() {
    Scheduler quartz = scheduler.getIfAvailable();
    List<Row> rows = new ArrayList<>();
    if (quartz == null) {
      return rows;
    }
    try {
      for (String group : quartz.getJobGroupNames()) {
        for (JobKey key : quartz.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
          for (Trigger trigger : quartz.getTriggersOfJob(key)) {
            rows.add(
                new Row(
                    key.getName(),
                    trigger.getDescription(),
                    instant(trigger.getPreviousFireTime()),
                    instant(trigger.getNextFireTime()),
                    quartz.getTriggerState(trigger.getKey()).name()));
          }
        }
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot read the scheduled jobs: " + e.getMessage(), e);
    }
    rows.sort(Comparator.comparing(Row::name));
    return rows;
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** One scheduled job: name, schedule, last and next run, trigger state. */
  record Row(String name, String description, Instant lastRun, Instant nextRun, String state) {}
}
