package vn.dvc.registry;

import java.util.Objects;

/**
 * Identifies one write to a registry, derived from the dossier and the operation, so that a retried
 * job (or a crash between the registry's commit and ours) finds the first write instead of making a
 * second record.
 */
public record IdempotencyKey(String value) {

  public IdempotencyKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 200) {
      throw new IllegalArgumentException("An idempotency key has 1 to 200 characters");
    }
  }

  public static IdempotencyKey of(String dossierId, String operation) {
    return new IdempotencyKey(dossierId + ":" + operation);
  }
}
