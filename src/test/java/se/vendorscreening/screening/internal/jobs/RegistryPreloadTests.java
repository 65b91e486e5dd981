package se.vendorscreening.screening.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.JobScope;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.registry.RegistryConnections;

/**
 * A run's registries loading ahead that nobody took are interrupted when the job execution ends:
 * the {@code @JobScope} bean as {@link ScreenJobConfiguration#registryPreload} declares it, in a
 * job scope, on the preload executor.
 */
class RegistryPreloadTests {

  private final CountDownLatch loading = new CountDownLatch(1);
  private final CountDownLatch interrupted = new CountDownLatch(1);
  private final CountDownLatch never = new CountDownLatch(1);

  /** Registries that load until the thread loading them is interrupted. */
  private final RegistryConnections slowRegistries =
      dir -> {
        loading.countDown();
        try {
          never.await();
          throw new IllegalStateException("the test released the load");
        } catch (InterruptedException e) {
          interrupted.countDown();
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      };

  private final ThreadPoolTaskExecutor preloadExecutor =
      new ScreeningThreads().registryPreloadExecutor();

  RegistryPreloadTests() {
    preloadExecutor.initialize();
  }

  @AfterEach
  void shutDown() {
    never.countDown();
    preloadExecutor.shutdown();
  }

  @Test
  void aLoadNobodyTookIsInterruptedWhenItsJobExecutionEnds() throws Exception {
    try (AnnotationConfigApplicationContext context = jobScopeWithThePreload()) {
      // given: the import step of a job execution started loading the registries
      JobSynchronizationManager.register(execution());
      try {
        context.getBean(RegistryPreload.class).start();
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interrupted.getCount()).isOne();
      } finally {
        // when: the job execution ends without a step that took them (it failed in the import)
        JobSynchronizationManager.release();
      }

      // then
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the load interrupted").isTrue();
    }
  }

  @Test
  void aLoadNobodyTookIsInterruptedWhenClosed() throws Exception {
    RegistryPreload preload = new RegistryPreload(slowRegistries, preloadExecutor, null);
    preload.start();
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

    preload.close();

    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  /** The screen job's configuration, only its preload made, in a job scope. */
  private AnnotationConfigApplicationContext jobScopeWithThePreload() {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
    context.registerBean("jobScope", JobScope.class);
    context.registerBean(ScreenJobConfiguration.class);
    context.registerBean(RegistryConnections.class, () -> slowRegistries);
    context.registerBean(ScreeningThreads.REGISTRY_PRELOAD, Executor.class, () -> preloadExecutor);
    context.refresh();
    return context;
  }

  private static JobExecution execution() {
    return new JobExecution(
        -5L,
        new JobInstance(-5L, ScreenJobConfiguration.JOB_NAME),
        new JobParametersBuilder()
            .addString(RunParameters.RUN_ID, "run-5")
            .addString(RunParameters.AS_OF, "2026-11-28")
            .addString(RunParameters.LANGUAGE, "sv-SE")
            .addString(RunParameters.OUT_DIR, "reports")
            .addString(RunParameters.REGISTRIES_DIR, "extracts")
            .toJobParameters());
  }
}
