package vn.dvc.registry.vehicles;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the vehicle registry. */
@AuditedRegistry("vehicles")
public interface VehicleRegistry {

  /** Every vehicle registered to the person. */
  List<Vehicle> vehiclesOwnedBy(Pin owner);

  Optional<Vehicle> findVehicle(String plate);

  /**
   * Registers a vehicle; the registry assigns a new plate of the province of the owner's commune. A
   * repeated {@code key} answers the vehicle registered the first time, with its plate.
   *
   * @throws vn.dvc.registry.RegistryRejectedRequestException with status 409 when the frame number
   *     is registered to another vehicle, 422 when the commune is unknown
   */
  Vehicle registerVehicle(VehicleRegistration request, IdempotencyKey key);
}
