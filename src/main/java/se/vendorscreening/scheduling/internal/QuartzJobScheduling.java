package se.vendorscreening.scheduling.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import se.vendorscreening.scheduling.JobScheduling;
import se.vendorscreening.scheduling.ScheduledJob;

/**
 * Runs the jobs folder on a Quartz scheduler with the JDBC job store.
 *
 * <p>SIGTERM and SIGINT close the application context; its {@link ContextClosedEvent} arrives
 * before any bean is stopped or destroyed, so {@link #stop()} still has the database, the batch job
 * operator and the screening beans while it waits for the running jobs.
 */
class QuartzJobScheduling implements JobScheduling, ApplicationListener<ContextClosedEvent> {

  private static final Logger log = LoggerFactory.getLogger(QuartzJobScheduling.class);

  private final Scheduler scheduler;
  private final SchedulingProperties properties;
  private final ScheduleSynchronizer synchronizer;
  private final RunningBatchJobs batchJobs;
  private final AtomicBoolean running = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  QuartzJobScheduling(
      Scheduler scheduler,
      SchedulingProperties properties,
      ScheduleSynchronizer synchronizer,
      RunningBatchJobs batchJobs) {
    this.scheduler = scheduler;
    this.properties = properties;
    this.synchronizer = synchronizer;
    this.batchJobs = batchJobs;
  }

  @Override
  public List<ScheduledJob> start() {
    List<JobDefinition> definitions = new JobDefinitionReader().read(properties.jobsDir());
    try {
      List<ScheduledJob> scheduled = synchronizer.synchronize(scheduler, definitions);
      scheduler.start();
      running.set(true);
      log.info(
          "Scheduler {} started with {} jobs from {}",
          scheduler.getSchedulerInstanceId(),
          scheduled.size(),
          properties.jobsDir());
      return scheduled;
    } catch (SchedulerException e) {
      throw new IllegalStateException("The scheduler cannot start: " + e.getMessage(), e);
    }
  }

  @Override
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void stop() {
    if (!running.compareAndSet(true, false)) {
      return;
    }
    try {
      log.info("Scheduler stopping: no new runs; running jobs stop after their current chunk");
      scheduler.standby();
      scheduler.getCurrentlyExecutingJobs().stream()
          .map(JobExecutionContext::getFireTime)
          .min(Comparator.naturalOrder())
          .ifPresent(batchJobs::stopStartedSince);
      scheduler.shutdown(true);
      log.info("Scheduler stopped");
    } catch (SchedulerException e) {
      log.error("Scheduler did not stop cleanly: {}", e.getMessage(), e);
    } finally {
      stopped.countDown();
    }
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    stop();
  }
}
