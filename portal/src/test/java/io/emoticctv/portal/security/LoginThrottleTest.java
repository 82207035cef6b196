package io.emoticctv.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  final TestClock clock = new TestClock();
  final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(10), clock);

  @Test
  void theNthFailureWithinTheWindowLocksUntilTheLockoutEnds() {
    assertThat(throttle.failed("a@x")).isFalse();
    assertThat(throttle.failed("a@x")).isFalse();
    assertThat(throttle.lockedUntil("a@x")).isEmpty();
    assertThat(throttle.failed("a@x")).isTrue();
    assertThat(throttle.lockedUntil("a@x")).hasValue(T0.plus(Duration.ofMinutes(10)));
    assertThat(throttle.lockedUntil("b@x")).isEmpty();

    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(throttle.lockedUntil("a@x")).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.lockedUntil("a@x")).isEmpty();
    // a fresh start after the lockout: one more failure does not lock again
    assertThat(throttle.failed("a@x")).isFalse();
  }

  @Test
  void failuresOlderThanTheWindowNoLongerCount() {
    throttle.failed("a@x");
    throttle.failed("a@x");
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.failed("a@x")).isFalse();
    assertThat(throttle.lockedUntil("a@x")).isEmpty();
  }

  @Test
  void aSuccessForgetsTheFailures() {
    throttle.failed("a@x");
    throttle.failed("a@x");
    throttle.succeeded("a@x");
    assertThat(throttle.failed("a@x")).isFalse();
    assertThat(throttle.failed("a@x")).isFalse();
    assertThat(throttle.failed("a@x")).isTrue();
  }
}
