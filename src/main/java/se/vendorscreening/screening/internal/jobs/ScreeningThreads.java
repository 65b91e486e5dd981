package se.vendorscreening.screening.internal.jobs;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import se.vendorscreening.shared.BoundedThreads;
import se.vendorscreening.shared.JobScopeOnTaskThreads;

/**
 * The screening's own background threads, named, bounded and shut down with the application
 * context: the parties of a chunk checked at once, the registries of a run opened while its vendor
 * list is imported, and the timer that lets a worker's registries go some time after the last
 * partition of a run ended here.
 */
@Configuration(proxyBeanMethods = false)
class ScreeningThreads {

  static final String REGISTRY_PRELOAD = "registryPreloadExecutor";
  static final String PARTITION_TIMER = "partitionRegistriesScheduler";
  static final String PARTY_EXECUTOR = "screenPartyExecutor";

  /**
   * The threads that check a chunk's parties at once, {@code screening.concurrency} for every party
   * step of the process; idle ones end after a few seconds. When the application stops, a worker
   * first lets its partitions finish their chunk; the executor then takes no more parties and waits
   * for those being checked, without interrupting them (an interrupt inside H2's file I/O closes
   * the database's file channel). Each task runs in its job's context ({@link
   * JobScopeOnTaskThreads}), so a party reaches the run's {@code @JobScope} resources.
   */
  @Bean(PARTY_EXECUTOR)
  @Qualifier(PARTY_EXECUTOR)
  ThreadPoolTaskExecutor screenPartyExecutor(ScreeningProperties properties) {
    ThreadPoolTaskExecutor executor =
        BoundedThreads.pool("screen-party-", properties.concurrency());
    // not paused by the context's lifecycle: a partition finishing its chunk still checks parties
    executor.setAcceptTasksAfterContextClose(true);
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    executor.setTaskDecorator(new JobScopeOnTaskThreads());
    return executor;
  }

  /** One thread a run being opened at the same time; more runs wait their turn. */
  @Bean(REGISTRY_PRELOAD)
  @Qualifier(REGISTRY_PRELOAD)
  ThreadPoolTaskExecutor registryPreloadExecutor() {
    // a run that is still opening its registries when the application stops is not waited for but
    // interrupted: its step fails and is restarted, and opening them again gives the same
    // registries
    return BoundedThreads.interruptedOnShutdown("registry-preload-", 2);
  }

  @Bean(PARTITION_TIMER)
  @Qualifier(PARTITION_TIMER)
  ThreadPoolTaskScheduler partitionRegistriesScheduler(Clock clock) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setClock(clock);
    scheduler.setPoolSize(1);
    scheduler.setDaemon(true);
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setThreadNamePrefix("partition-registries-release-");
    return scheduler;
  }
}
