package vn.dvc.registry.vehicles;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Vehicles: look up the vehicles of a citizen". Input {@code pin}; outputs {@code
 * ownsVehicle} and {@code plates} (comma-separated).
 */
@Component("lookUpVehicles")
class LookUpVehiclesDelegate implements JavaDelegate {

  private final VehicleRegistry vehicles;

  LookUpVehiclesDelegate(VehicleRegistry vehicles) {
    this.vehicles = vehicles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Vehicle> owned = vehicles.vehiclesOwnedBy(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "ownsVehicle", !owned.isEmpty());
    RegistryTasks.output(
        execution, "plates", owned.stream().map(Vehicle::plate).collect(Collectors.joining(",")));
  }
}
