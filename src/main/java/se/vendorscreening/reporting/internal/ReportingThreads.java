package se.vendorscreening.reporting.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The reporting's own background threads, named, bounded and shut down with the application
 * context: those that write a run's report.pdf and feed its report.xlsx while the writing thread
 * writes results.csv (two a run folder; two run folders written at the same time at the most, a
 * third waits for a thread). A run folder is written inside its run's step, which waits for both of
 * its tasks; one still being written when the application stops is not waited for: its tasks are
 * interrupted and the run's step fails.
 */
@Configuration(proxyBeanMethods = false)
class ReportingThreads {

  static final String REPORT_WRITERS = "reportWriterExecutor";

  @Bean(REPORT_WRITERS)
  @Qualifier(REPORT_WRITERS)
  ThreadPoolTaskExecutor reportWriterExecutor() {
    return BoundedThreads.interruptedOnShutdown("report-writer-", 4);
  }
}
