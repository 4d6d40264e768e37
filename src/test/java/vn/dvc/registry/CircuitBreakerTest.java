package vn.dvc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final Duration OPEN_FOR = Duration.ofSeconds(30);
  private static final Duration TRIAL_TIMEOUT = Duration.ofSeconds(7);

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-23T00:00:00Z"));

  private CircuitBreaker breaker(int halfOpenTrials) {
    return new CircuitBreaker("land", 1, OPEN_FOR, halfOpenTrials, TRIAL_TIMEOUT, now::get);
  }

  /** One failure opens it (threshold 1); then the open time passes. */
  private void openThenWaitOut(CircuitBreaker breaker) {
    breaker.beforeCall();
    breaker.onFailure();
    now.set(now.get().plus(OPEN_FOR).plusSeconds(1));
  }

  @Test
  void anAbandonedTrialCallLetsTheNextCallTryAgain() {
    CircuitBreaker breaker = breaker(1);
    openThenWaitOut(breaker);
    breaker.beforeCall(); // the trial call
    assertThatThrownBy(breaker::beforeCall).isInstanceOf(RegistryCircuitOpenException.class);

    breaker.onAbandoned();

    assertThatCode(breaker::beforeCall).doesNotThrowAnyException();
  }

  @Test
  void anOpenCircuitSaysWhenItLetsTrialCallsThrough() {
    CircuitBreaker breaker = breaker(3);
    breaker.beforeCall();
    breaker.onFailure();
    Instant openedAt = now.get();

    assertThatThrownBy(breaker::beforeCall)
        .isInstanceOfSatisfying(
            RegistryCircuitOpenException.class,
            refusal -> assertThat(refusal.retryAt()).isEqualTo(openedAt.plus(OPEN_FOR)));
  }

  @Test
  void halfOpenLetsSeveralTrialCallsThroughAtOnceAndClosesOnTheFirstSuccess() {
    CircuitBreaker breaker = breaker(3);
    openThenWaitOut(breaker);

    breaker.beforeCall();
    breaker.beforeCall();
    breaker.beforeCall();
    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    breaker.onSuccess();

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    for (int call = 0; call < 10; call++) {
      assertThatCode(breaker::beforeCall).doesNotThrowAnyException();
    }
  }

  @Test
  void aCallBeyondTheTrialsInFlightIsToldToComeBackWhenTheyHaveAnAnswer() {
    CircuitBreaker breaker = breaker(2);
    openThenWaitOut(breaker);
    breaker.beforeCall();
    breaker.beforeCall();

    assertThatThrownBy(breaker::beforeCall)
        .isInstanceOfSatisfying(
            RegistryCircuitOpenException.class,
            refusal -> assertThat(refusal.retryAt()).isEqualTo(now.get().plus(TRIAL_TIMEOUT)));
  }

  @Test
  void aFailedTrialOpensTheCircuitAgainForTheWholeOpenTime() {
    CircuitBreaker breaker = breaker(3);
    openThenWaitOut(breaker);
    breaker.beforeCall();
    breaker.beforeCall();

    breaker.onFailure();

    assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    Instant failedAt = now.get();
    assertThatThrownBy(breaker::beforeCall)
        .isInstanceOfSatisfying(
            RegistryCircuitOpenException.class,
            refusal -> assertThat(refusal.retryAt()).isEqualTo(failedAt.plus(OPEN_FOR)));
  }
}
