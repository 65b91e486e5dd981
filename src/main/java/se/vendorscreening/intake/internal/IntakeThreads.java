package se.vendorscreening.intake.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The intake's own background threads, named, bounded and shut down with the application context:
 * the threads that read the next page of registered parties while a reader's current page is
 * screened (one page ahead per reader; the partitions of a run read side by side).
 */
@Configuration(proxyBeanMethods = false)
class IntakeThreads {

  static final String PARTY_PREFETCH = "partyPrefetchExecutor";

  @Bean(PARTY_PREFETCH)
  @Qualifier(PARTY_PREFETCH)
  ThreadPoolTaskExecutor partyPrefetchExecutor() {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ThreadPoolTaskExecutor executor = BoundedThreads.pool("party-prefetch-", threads);
    // a page still being read when the application stops is left to finish: an interrupt inside
    // H2's file I/O closes the database's file channel
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    return executor;
  }
}
