package se.vendorscreening.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

class LoginThrottleTests {

  /** A clock the test moves forward instead of waiting for the wall clock. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");

    void forward(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          new WebProperties(Path.of("users.yml"), 3, Duration.ofMinutes(15), 12), clock);

  @Test
  void locksAUserNameAfterTheMaximumFailuresInARowUntilTheLockoutHasPassed() {
    fail("Anna");
    fail("anna ");
    assertThat(throttle.isLocked("anna")).isFalse();

    fail("ANNA");
    assertThat(throttle.isLocked("anna")).isTrue();
    assertThat(throttle.isLocked("olle")).isFalse();

    clock.forward(Duration.ofMinutes(14));
    assertThat(throttle.isLocked("anna")).isTrue();

    clock.forward(Duration.ofMinutes(2));
    assertThat(throttle.isLocked("anna")).isFalse();
  }

  @Test
  void aSuccessfulLoginForgetsTheFailures() {
    fail("anna");
    fail("anna");
    throttle.on(new AuthenticationSuccessEvent(new TestingAuthenticationToken("anna", "x")));

    fail("anna");
    assertThat(throttle.isLocked("anna")).isFalse();
  }

  private void fail(String username) {
    throttle.on(
        new AuthenticationFailureBadCredentialsEvent(
            new TestingAuthenticationToken(username, "wrong"),
            new BadCredentialsException("wrong")));
  }
}
