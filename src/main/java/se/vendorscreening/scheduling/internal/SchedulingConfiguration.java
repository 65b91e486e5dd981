package se.vendorscreening.scheduling.internal;

import org.quartz.Scheduler;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler of the {@code serve} command on Spring Boot's Quartz scheduler. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

  @Bean
  QuartzJobScheduling jobScheduling(
      Scheduler scheduler,
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
