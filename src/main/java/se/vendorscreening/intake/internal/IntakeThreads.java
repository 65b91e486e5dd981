package se.vendorscreening.intake.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The intake's own background threads, named, bounded and shut down with the application context:
 * the threads that read the next page of registered parties while a reader's current page is
 * screened (one page ahead per reader; the partitions of a run read side by side), and the two on
 * which an import reads its vendor and representative rows side by side, and the one on which an
 * inspection reads the representatives beside the vendor list.
 */
@Configuration(proxyBeanMethods = false)
class IntakeThreads {

  static final String PARTY_PREFETCH = "partyPrefetchExecutor";
  static final String IMPORT_LISTS = "importListExecutor";
  static final String LIST_INSPECTION = "listInspectionExecutor";

  /**
   * The thread on which an inspection reads the representatives while its own thread reads the
   * vendor list ({@link ListInspector}). A pool of its own, not the list threads: an import
   * restarted past its first step inspects its lists on a list thread, whose neighbour waits for
   * that inspection. A task waits for nothing, and is not waited for when the application stops.
   */
  @Bean(LIST_INSPECTION)
  @Qualifier(LIST_INSPECTION)
  ThreadPoolTaskExecutor listInspectionExecutor() {
    return BoundedThreads.interruptedOnShutdown("list-inspection-", 2);
  }

  /**
   * The vendor and the representative rows of an import, each list on a thread; a second import at
   * the same time waits for a thread. A list still being imported when the application stops is
   * left to finish its chunk (an interrupt inside H2's file I/O closes the database's file
   * channel).
   */
  @Bean(IMPORT_LISTS)
  @Qualifier(IMPORT_LISTS)
  ThreadPoolTaskExecutor importListExecutor() {
    ThreadPoolTaskExecutor executor = BoundedThreads.pool("import-list-", 2);
    // not paused by the context's lifecycle: a stopping import still ends its split flow
    executor.setAcceptTasksAfterContextClose(true);
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    return executor;
  }

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
