package se.vendorscreening.web.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import se.vendorscreening.shared.BoundedThreads;

/**
 * The console's own background thread, named and shut down with the application context: the one
 * that runs the screens officers start, one at a time (the others wait their turn). A screen still
 * running when the console stops is not waited for: it is interrupted, and its run stays failed or
 * unfinished.
 */
@Configuration(proxyBeanMethods = false)
class WebThreads {

  static final String CONSOLE_SCREENS = "consoleScreenExecutor";

  @Bean(CONSOLE_SCREENS)
  @Qualifier(CONSOLE_SCREENS)
  ThreadPoolTaskExecutor consoleScreenExecutor() {
    return BoundedThreads.interruptedOnShutdown("console-screen-", 1);
  }
}
