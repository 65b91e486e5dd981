package se.vendorscreening.scheduling.internal;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * Builds extra Quartz schedulers on the application's database and settings, as a second start of
 * the service or a second node would: a fresh scheduler name per test keeps tests apart, and a
 * short misfire threshold keeps them fast. Shuts every one down after the test.
 */
class TestSchedulers {

  static final long MISFIRE_THRESHOLD_MILLIS = 500;

  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired QuartzProperties quartzProperties;
  @Autowired ApplicationContext context;

  private final List<Scheduler> created = new ArrayList<>();

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A scheduler, not started, on the application's job store. */
  Scheduler create(String schedulerName, String instanceId) throws Exception {
    Properties properties = new Properties();
    properties.putAll(quartzProperties.getProperties());
    properties.put("org.quartz.scheduler.instanceId", instanceId);
    properties.put(
        "org.quartz.jobStore.misfireThreshold", String.valueOf(MISFIRE_THRESHOLD_MILLIS));
    properties.put("org.quartz.jobStore.clusterCheckinInterval", "1000");
    properties.put("org.quartz.threadPool.threadCount", "3");
    properties.put("org.quartz.threadPool.threadNamePrefix", schedulerName + "-" + instanceId);
    SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
    jobFactory.setApplicationContext(context);
    SchedulerFactoryBean factory = new SchedulerFactoryBean();
    factory.setSchedulerName(schedulerName);
    factory.setDataSource(dataSource);
    factory.setTransactionManager(transactionManager);
    factory.setQuartzProperties(properties);
    factory.setJobFactory(jobFactory);
    factory.setAutoStartup(false);
    factory.setWaitForJobsToCompleteOnShutdown(true);
    factory.setExposeSchedulerInRepository(false);
    factory.afterPropertiesSet();
    Scheduler scheduler = factory.getObject();
    created.add(scheduler);
    return scheduler;
  }

  /** A job scheduling on the scheduler that reads definitions from the folder. */
  QuartzJobScheduling scheduling(Scheduler scheduler, Path jobsDir) {
    return new QuartzJobScheduling(
        scheduler,
        new SchedulingProperties(
            jobsDir,
            Path.of("config/contacts.yml"),
            new SchedulingProperties.Mail(false, "test@example.invalid", DataSize.ofMegabytes(1))),
        new ScheduleSynchronizer(),
        new RunningBatchJobs(
            context.getBean(org.springframework.batch.core.repository.JobRepository.class),
            context.getBean(org.springframework.batch.core.launch.JobOperator.class)));
  }

  /**
   * A Quartz cron expression firing at each second from {@code first} for {@code count} seconds,
   * once ever.
   */
  static String cronAt(ZonedDateTime first, int count) {
    ZonedDateTime utc = first.withZoneSameInstant(ZoneOffset.UTC);
    return String.format(
        "%d-%d %d %d %d %d ? %d",
        utc.getSecond(),
        utc.getSecond() + count - 1,
        utc.getMinute(),
        utc.getHour(),
        utc.getDayOfMonth(),
        utc.getMonthValue(),
        utc.getYear());
  }

  /** A start a little ahead whose next {@code count} seconds fall in one minute. */
  static ZonedDateTime secondsAhead(int ahead, int count) {
    ZonedDateTime first = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(ahead).withNano(0);
    if (first.getSecond() + count > 59) {
      first = first.plusMinutes(1).withSecond(1);
    }
    return first;
  }

  /** A start some seconds ago whose {@code count} seconds fall in one minute. */
  static ZonedDateTime secondsAgo(int ago, int count) {
    ZonedDateTime first = ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(ago).withNano(0);
    if (first.getSecond() + count > 59) {
      first = first.withSecond(1);
    }
    return first;
  }

  /** Writes one job definition file into the folder. */
  static Path writeJob(Path jobsDir, String name, String... lines) throws java.io.IOException {
    return java.nio.file.Files.writeString(
        jobsDir.resolve(name + ".yml"), "name: " + name + "\n" + String.join("\n", lines) + "\n");
  }

  void shutdownAll() throws SchedulerException {
    for (Scheduler scheduler : created) {
      if (!scheduler.isShutdown()) {
        scheduler.shutdown(true);
      }
    }
    created.clear();
  }
}
