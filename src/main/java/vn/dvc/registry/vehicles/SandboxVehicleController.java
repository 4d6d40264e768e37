package vn.dvc.registry.vehicles;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox vehicle registry over HTTP; see {@code sandbox-openapi/vehicles.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/vehicles")
class SandboxVehicleController {

  private final VehicleRegistry sandbox;

  SandboxVehicleController(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    this.sandbox = SandboxVehicleRegistry.loaded(jdbc, data, units, transactions);
  }

  @GetMapping("/vehicles")
  List<Vehicle> vehicles(@RequestParam String ownerPin) {
    return sandbox.vehiclesOwnedBy(Pin.of(ownerPin));
  }

  @GetMapping("/vehicles/{plate}")
  ResponseEntity<Vehicle> vehicle(@PathVariable String plate) {
    return ResponseEntity.of(sandbox.findVehicle(plate));
  }

  @PostMapping("/vehicles")
  Vehicle register(
      @RequestHeader("Idempotency-Key") String key, @RequestBody VehicleRegistration request) {
    return sandbox.registerVehicle(request, new IdempotencyKey(key));
  }

  // The client maps a 4xx answer back to RegistryRejectedRequestException with its status.
}
