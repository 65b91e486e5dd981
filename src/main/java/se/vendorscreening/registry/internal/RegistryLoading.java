package se.vendorscreening.registry.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that parse the chunks of the file extracts: one a core, so that a million conviction
 * records load with every core of the machine; idle threads end after a few seconds.
 */
@Configuration(proxyBeanMethods = false)
class RegistryLoading {

  static final String EXECUTOR = "registryLoadExecutor";

  @Bean(EXECUTOR)
  @Qualifier(EXECUTOR)
  ThreadPoolTaskExecutor registryLoadExecutor() {
    int cores = Runtime.getRuntime().availableProcessors();
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(cores);
    executor.setMaxPoolSize(cores);
    executor.setAllowCoreThreadTimeOut(true);
    executor.setKeepAliveSeconds(5);
    executor.setDaemon(true);
    executor.setThreadNamePrefix("registry-load-");
    return executor;
  }
}
