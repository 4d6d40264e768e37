package vn.dvc.registry;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a registry after {@code failureThreshold} consecutive technical failures, for
 * {@code openFor}; then lets up to {@code halfOpenTrials} trial calls through at once: the first
 * success closes the circuit, a failure opens it again. Protects a registry that is down from our
 * retries, and our job executor threads from waiting on timeouts.
 *
 * <p>Several trials rather than one: after an outage the waiting jobs come back together (on their
 * own or retried at once by an operator), and with a single trial all but one were refused while it
 * was in flight. A call refused because the trials are all in flight is told to come back after
 * {@code trialTimeout}, by when they have an answer.
 *
 * <p>Hand-written rather than Resilience4j: the state machine is this page, and the refusal must
 * carry the moment of the next trial, which the engine uses to reschedule the refused job.
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
  private final int halfOpenTrials;
  private final Duration trialTimeout;
  private final InstantSource clock;

  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openUntil = Instant.MIN;
  private int trialsInFlight;

  public CircuitBreaker(
      String registry,
      int failureThreshold,
      Duration openFor,
      int halfOpenTrials,
      Duration trialTimeout,
      InstantSource clock) {
    this.registry = registry;
    this.failureThreshold = failureThreshold;
    this.openFor = openFor;
    this.halfOpenTrials = halfOpenTrials;
    this.trialTimeout = trialTimeout;
    this.clock = clock;
  }

  /** Throws when the call must not be made now, saying when to try again. */
  public synchronized void beforeCall() {
    Instant now = clock.instant();
    if (state == State.OPEN) {
      if (now.isBefore(openUntil)) {
        throw new RegistryCircuitOpenException(registry, openUntil);
      }
      state = State.HALF_OPEN;
      trialsInFlight = 0;
      log.info(
          "Circuit to the {} registry half-open: up to {} trial calls", registry, halfOpenTrials);
    }
    if (state == State.HALF_OPEN) {
      if (trialsInFlight >= halfOpenTrials) {
        throw new RegistryCircuitOpenException(registry, now.plus(trialTimeout));
      }
      trialsInFlight++;
    }
  }

  public synchronized void onSuccess() {
    if (state != State.CLOSED) {
      log.info("Circuit to the {} registry closed again", registry);
    }
    state = State.CLOSED;
    consecutiveFailures = 0;
    trialsInFlight = 0;
  }

  /**
   * The call ended with no answer either way (the caller was interrupted). A trial call must not
   * keep the circuit half-open for good; the next call tries again.
   */
  public synchronized void onAbandoned() {
    trialsInFlight = Math.max(0, trialsInFlight - 1);
  }

  public synchronized void onFailure() {
    consecutiveFailures++;
    trialsInFlight = 0;
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
