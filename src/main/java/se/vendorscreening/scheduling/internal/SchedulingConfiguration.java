package se.vendorscreening.scheduling.internal;

import org.quartz.Scheduler;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The scheduler of the {@code serve} command on Spring Boot's Quartz scheduler. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  /**
   * The scheduler is looked up when {@code serve} starts it: only {@code serve} has Quartz, while
   * this bean, a listener for the context's close, is made in every command.
   */
  @Bean
  QuartzJobScheduling jobScheduling(
      @Lazy Scheduler scheduler,
      SchedulingProperties properties,
      JobRepository jobRepository,
      JobOperator jobOperator) {
    return new QuartzJobScheduling(
        scheduler,
        properties,
        new ScheduleSynchronizer(),
        new RunningBatchJobs(jobRepository, jobOperator));
  }
}
