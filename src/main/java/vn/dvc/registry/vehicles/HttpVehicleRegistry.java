package vn.dvc.registry.vehicles;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/** The vehicle registry over HTTP, as described in {@code sandbox-openapi/vehicles.yaml}. */
final class HttpVehicleRegistry implements VehicleRegistry {

  private final RegistryHttpClient http;

  HttpVehicleRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<Vehicle> vehiclesOwnedBy(Pin owner) {
    return http.list(Vehicle.class, "/vehicles?ownerPin={pin}", owner.value());
  }

  @Override
  public Optional<Vehicle> findVehicle(String plate) {
    // Plates hold a space, which the client encodes as %20 in the path.
    return http.find(Vehicle.class, "/vehicles/{plate}", plate);
  }

  @Override
  public Vehicle registerVehicle(VehicleRegistration request, IdempotencyKey key) {
    return http.write(Vehicle.class, key, "/vehicles", request);
  }
}
