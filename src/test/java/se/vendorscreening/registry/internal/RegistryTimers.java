package se.vendorscreening.registry.internal;

import java.time.Clock;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The registries' timer as the application configures it ({@link RegistryLoading}), for tests that
 * build the registry classes without a Spring context: real time, because these tests time real
 * HTTP requests over loopback. Its threads are daemons and live as long as the test JVM.
 */
final class RegistryTimers {

  static final ThreadPoolTaskScheduler SHARED = started();

  private RegistryTimers() {}

  private static ThreadPoolTaskScheduler started() {
    ThreadPoolTaskScheduler timer = new RegistryLoading().registryTimer(Clock.systemUTC());
    timer.initialize();
    return timer;
  }
}
