package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The throttle itself, with a clock the test moves: sources, backoff, reset, forgetting. */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottleProperties(
              5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(24), 1000),
          clock);

  @Test
  void wrongPasswordsFromOneSourceDoNotLockTheAccountForAnother() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("203.0.113.9", "demo");
    }
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isPresent();
    assertThat(throttle.waitBeforeTrying("198.51.100.7", "demo")).isEmpty();
    // Nor another account from the guessing source.
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "officer.badinh")).isEmpty();
  }

  @Test
  void throttlesAfterFiveFailuresWithADelayDoublingUpToTheCap() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("203.0.113.9", "demo");
      assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isEmpty();
    }
    Duration expected = Duration.ofSeconds(1);
    for (int failure = 5; failure <= 20; failure++) {
      throttle.failed("203.0.113.9", "demo");
      assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo"))
          .as("after %d", failure)
          .hasValue(expected);
      clock.move(expected);
      assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isEmpty();
      expected =
          expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0
              ? Duration.ofMinutes(15)
              : expected.multipliedBy(2);
    }
    assertThat(expected).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void successResetsTheThrottle() {
    for (int i = 0; i < 7; i++) {
      throttle.failed("203.0.113.9", "demo");
    }
    throttle.succeeded("203.0.113.9", "demo");
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isEmpty();
    for (int i = 0; i < 4; i++) {
      throttle.failed("203.0.113.9", "demo");
    }
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isEmpty();
  }

  @Test
  void accountNamesDifferingInCaseShareTheirCount() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("203.0.113.9", i % 2 == 0 ? "Demo" : "DEMO");
    }
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isPresent();
  }

  @Test
  void forgetsFailuresADayAfterTheLast() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("203.0.113.9", "demo");
    }
    clock.move(Duration.ofHours(24).plusSeconds(1));
    throttle.failed("203.0.113.9", "demo");
    assertThat(throttle.waitBeforeTrying("203.0.113.9", "demo")).isEmpty();
  }

  @Test
  void logsEachThrottlingWithUserAndSource(CapturedOutput output) {
    for (int i = 0; i < 5; i++) {
      throttle.failed("203.0.113.9", "demo");
    }
    throttle.waitBeforeTrying("203.0.113.9", "demo");
    assertThat(output.getOut())
        .contains("WARN")
        .contains("Login throttled: user demo from 203.0.113.9 after 5 wrong passwords")
        .contains("Password attempt for user demo from 203.0.113.9 refused");
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T08:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
