package se.vendorscreening.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Swedish time: the zone in which the law's days and the officers' dates are counted, and the one
 * clock every part of the application reads the time from (a bean, so that a test can fix or move
 * it instead of waiting for the wall clock).
 */
@Configuration(proxyBeanMethods = false)
public class SwedishTime {

  /** Europe/Stockholm: a run's as-of day, overrides' expiry days and report dates are days here. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  /** The system clock, in Swedish time. */
  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
