package vn.dvc.registry;

import java.time.Instant;

/**
 * Calls to the registry are suspended after repeated failures, so that a registry that is down is
 * not also flooded; the call was not made.
 */
public class RegistryCircuitOpenException extends RegistryUnavailableException {

  public RegistryCircuitOpenException(String registry, Instant retryAfter) {
    super(registry, "calls suspended after repeated failures until " + retryAfter, null);
  }
}
