package vn.dvc.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a registry after {@code failureThreshold} consecutive technical failures, for
 * {@code openFor}; then lets one trial call through, which closes the circuit on success or opens
 * it again on failure. Protects a registry that is down from our retries, and our job executor
 * threads from waiting on timeouts.
 */
public final class CircuitBreaker {

  private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final String registry;
  private final int failureThreshold;
  private final Duration openFor;
  private final InstantSource clock;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;
  private boolean trialInFlight;

  public CircuitBreaker(
      String registry, int failureThreshold, Duration openFor, InstantSource clock) {
    this.registry = registry;
    this.failureThreshold = failureThreshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Throws when the call must not be made now. */
  public synchronized void beforeCall() {
    if (state == State.OPEN) {
      if (clock.instant().isBefore(openUntil)) {
        throw new RegistryCircuitOpenException(registry, openUntil);
      }
      state = State.HALF_OPEN;
      trialInFlight = false;
    }
    if (state == State.HALF_OPEN) {
      if (trialInFlight) {
        throw new RegistryCircuitOpenException(registry, openUntil);
      }
      trialInFlight = true;
    }
  }

  public synchronized void onSuccess() {
    if (state != State.CLOSED) {
      log.info("Circuit to the {} registry closed again", registry);
    }
    state = State.CLOSED;
    consecutiveFailures = 0;
    trialInFlight = false;
  }

  /**
   * The call ended with no answer either way (the caller was interrupted). A trial call must not
   * keep the circuit half-open for good; the next call tries again.
   */
  public synchronized void onAbandoned() {
    trialInFlight = false;
  }

  public synchronized void onFailure() {
    consecutiveFailures++;
    trialInFlight = false;
    if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
      openUntil = clock.instant().plus(openFor);
      if (state != State.OPEN) {
        log.warn(
            "Circuit to the {} registry opened after {} consecutive failures, until {}",
            registry,
            consecutiveFailures,
            openUntil);
      }
      state = State.OPEN;
    }
  }

  public synchronized State state() {
    return state;
  }
}
