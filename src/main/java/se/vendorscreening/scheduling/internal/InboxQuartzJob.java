package se.vendorscreening.scheduling.internal;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.PersistJobDataAfterExecution;
import org.springframework.context.MessageSource;
import se.vendorscreening.screening.ScreeningJobs;

/**
 * Polls one inbox folder. The sizes and modification times seen at the previous poll live in the
 * job's data map, persisted after each poll, so a file is screened only once it stood still.
 */
@DisallowConcurrentExecution
@PersistJobDataAfterExecution
class InboxQuartzJob implements Job {

  static final String SNAPSHOT = "inbox.snapshot";

  private final ScreeningJobs screeningJobs;
  private final MessageSource messages;
  private final Clock clock;

  InboxQuartzJob(ScreeningJobs screeningJobs, MessageSource messages, Clock clock) {
    this.clock = clock;
    this.screeningJobs = screeningJobs;
    this.messages = messages;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobSettings settings = JobSettings.of(context.getMergedJobDataMap());
    InboxSnapshot previous =
        InboxSnapshot.parse(context.getJobDetail().getJobDataMap().getString(SNAPSHOT));
    InboxSnapshot now = new InboxPoller(screeningJobs, messages, clock).poll(settings, previous);
    context.getJobDetail().getJobDataMap().put(SNAPSHOT, now.format());
  }
}
