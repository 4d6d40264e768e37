package vn.dvc.registry;

import java.time.Instant;

/**
 * Calls to the registry are suspended after repeated failures, so that a registry that is down is
 * not also flooded; the call was not made. {@link #retryAt()} says when the circuit lets a trial
 * call through again: a job refused here waits until then instead of spending a retry.
 */
public class RegistryCircuitOpenException extends RegistryUnavailableException {

  private final Instant retryAt;

  public RegistryCircuitOpenException(String registry, Instant retryAt) {
    super(registry, "calls suspended after repeated failures until " + retryAt, null);
    this.retryAt = retryAt;
  }

  public Instant retryAt() {
    return retryAt;
  }
}
