package se.vendorscreening.shared;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The modules' background threads: a fixed number of named daemon threads, ended after a few idle
 * seconds. Each module's configuration adds how its pool stops with the application context.
 */
public final class BoundedThreads {

  private BoundedThreads() {}

  /**
   * A pool of at most {@code threads} threads named {@code namePrefix} and a number; more tasks
   * wait their turn.
   */
  public static ThreadPoolTaskExecutor pool(String namePrefix, int threads) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    executor.setAllowCoreThreadTimeOut(true);
    executor.setKeepAliveSeconds(5);
    executor.setDaemon(true);
    executor.setThreadNamePrefix(namePrefix);
    return executor;
  }

  /**
   * A {@link #pool} whose work is not waited for when the application stops: the context's
   * lifecycle does not pause the shutdown for it (which would hold the shutdown for the whole phase
   * timeout while a task runs), and its running tasks are interrupted when the context is
   * destroyed.
   */
  public static ThreadPoolTaskExecutor interruptedOnShutdown(String namePrefix, int threads) {
    ThreadPoolTaskExecutor executor = pool(namePrefix, threads);
    executor.setAcceptTasksAfterContextClose(true);
    executor.setWaitForTasksToCompleteOnShutdown(false);
    return executor;
  }
}
