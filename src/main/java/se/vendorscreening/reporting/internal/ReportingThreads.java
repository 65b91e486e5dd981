package se.vendorscreening.reporting.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The reporting's own background threads, named, bounded and shut down with the application
 * context: those that write a run's report.pdf and feed its report.xlsx while the writing thread
 * writes results.csv, and then write its certificates and hearing letters, a document a task
 * ({@link ParallelDocuments}): four, or two more than the cores where there are more than two, so
 * that report.pdf and the documents use every core; more tasks wait for a thread. A run folder is
 * written inside its run's step, which waits for all of its tasks; one still being written when the
 * application stops is not waited for: its tasks are interrupted and the run's step fails.
 */
@Configuration(proxyBeanMethods = false)
class ReportingThreads {

  static final String REPORT_WRITERS = "reportWriterExecutor";

  @Bean(REPORT_WRITERS)
  @Qualifier(REPORT_WRITERS)
  ThreadPoolTaskExecutor reportWriterExecutor() {
    return BoundedThreads.interruptedOnShutdown(
        "report-writer-", Math.max(4, Runtime.getRuntime().availableProcessors() + 2));
  }
}
