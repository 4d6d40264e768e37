package vn.dvc.registry.land;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Land: look up parcels owned by a citizen". Input {@code pin}; outputs {@code ownsLand},
 * {@code parcelIds} (comma-separated) and {@code anyMortgaged}.
 */
@Component("lookUpLandParcels")
class LookUpLandParcelsDelegate implements JavaDelegate {

  private final LandRegistry land;

  LookUpLandParcelsDelegate(LandRegistry land) {
    this.land = land;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<LandParcel> parcels = land.parcelsOwnedBy(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "ownsLand", !parcels.isEmpty());
    RegistryTasks.output(
        execution,
        "parcelIds",
        parcels.stream().map(LandParcel::parcelId).collect(Collectors.joining(",")));
    RegistryTasks.output(
        execution, "anyMortgaged", parcels.stream().anyMatch(LandParcel::mortgaged));
  }
}
