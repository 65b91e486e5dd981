package se.vendorscreening.web.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after too many failed logins in a row, so that passwords cannot be
 * guessed at the speed of the network. Kept in memory: a restart forgets it, which is acceptable
 * for a lock of minutes.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final int maxFailures;
  private final Clock clock;
  private final Cache<String, Failures> failures;

  LoginThrottle(WebProperties properties, Clock clock) {
    this.maxFailures = properties.maxFailedLogins();
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .maximumSize(10_000)
            .expireAfterWrite(properties.loginLockout())
            .build();
  }

  /** Whether the user name is locked now. */
  boolean isLocked(String username) {
    Failures counted = failures.getIfPresent(key(username));
    return counted != null && counted.count() >= maxFailures;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    String username = key(String.valueOf(event.getAuthentication().getName()));
    Failures counted =
        failures
            .asMap()
            .merge(
                username,
                new Failures(1, Instant.now(clock)),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    if (counted.count() == maxFailures) {
      log.warn("Console login locked after {} failed attempts", counted.count());
    }
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    failures.invalidate(key(event.getAuthentication().getName()));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private record Failures(int count, Instant last) {}
}
