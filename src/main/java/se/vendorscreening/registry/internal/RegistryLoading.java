package se.vendorscreening.registry.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The registries' own threads, named, bounded and shut down with the application context: those
 * that parse the chunks of the file extracts (one a core, so that a million conviction records load
 * with every core of the machine; idle threads end after a few seconds), and the timer that writes
 * the registries' answers as evidence and cancels an HTTP request not answered in time.
 */
@Configuration(proxyBeanMethods = false)
class RegistryLoading {

  static final String EXECUTOR = "registryLoadExecutor";
  static final String TIMER = "registryTimer";

  @Bean(EXECUTOR)
  @Qualifier(EXECUTOR)
  ThreadPoolTaskExecutor registryLoadExecutor() {
    return BoundedThreads.pool("registry-load-", Runtime.getRuntime().availableProcessors());
  }

  @Bean(TIMER)
  @Qualifier(TIMER)
  ThreadPoolTaskScheduler registryTimer(Clock clock) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setClock(clock);
    scheduler.setPoolSize(2);
    scheduler.setDaemon(true);
    scheduler.setRemoveOnCancelPolicy(true);
    scheduler.setThreadNamePrefix("registry-timer-");
    // the evidence store writes what is queued when the context is destroyed, after it was closed
    scheduler.setAcceptTasksAfterContextClose(true);
    return scheduler;
  }
}
