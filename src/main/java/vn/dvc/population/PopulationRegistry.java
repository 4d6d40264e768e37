package vn.dvc.population;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.registry.IdempotencyKey;

/** Port to the National Population Database. */
@AuditedRegistry("population")
public interface PopulationRegistry {

  Optional<Citizen> findCitizen(Pin pin);

  /**
   * Enters a newborn and assigns their PIN. Repeating the call with the same key returns the
   * citizen created the first time.
   */
  Citizen registerNewborn(Newborn newborn, IdempotencyKey key);
}
