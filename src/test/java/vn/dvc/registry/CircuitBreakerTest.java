package vn.dvc.registry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-11-23T00:00:00Z"));

  @Test
  void anAbandonedTrialCallLetsTheNextCallTryAgain() {
    CircuitBreaker breaker = new CircuitBreaker("land", 1, Duration.ofSeconds(30), now::get);
    breaker.beforeCall();
    breaker.onFailure();
    now.set(now.get().plusSeconds(31));
    breaker.beforeCall(); // the trial call
    assertThatThrownBy(breaker::beforeCall).isInstanceOf(RegistryCircuitOpenException.class);

    breaker.onAbandoned();

    assertThatCode(breaker::beforeCall).doesNotThrowAnyException();
  }
}
