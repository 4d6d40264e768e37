package vn.dvc.registry.vehicles;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Vehicles: register a vehicle and get its plate". Inputs {@code ownerPin}, {@code
 * vehicleType}, {@code brand}, {@code frameNo}, {@code engineNo}, {@code communeCode}; output
 * {@code plate}. A frame number registered to another vehicle is refused by the registry: an
 * incident for an officer to look into, never a second registration.
 */
@Component("registerVehicle")
class RegisterVehicleDelegate implements JavaDelegate {

  private final VehicleRegistry vehicles;

  RegisterVehicleDelegate(VehicleRegistry vehicles) {
    this.vehicles = vehicles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Vehicle registered =
        vehicles.registerVehicle(
            new VehicleRegistration(
                RegistryTasks.pin(execution, "ownerPin"),
                RegistryTasks.text(execution, "vehicleType"),
                RegistryTasks.text(execution, "brand"),
                RegistryTasks.text(execution, "frameNo"),
                RegistryTasks.text(execution, "engineNo"),
                RegistryTasks.text(execution, "communeCode")),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "plate", registered.plate());
  }
}
