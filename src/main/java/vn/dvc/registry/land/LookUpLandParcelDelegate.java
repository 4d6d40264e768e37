package vn.dvc.registry.land;

import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Land: look up a parcel by its certificate". Input {@code certificateNo} (unique, unlike
 * the parcel id); outputs {@code parcelFound}, {@code parcelId}, {@code ownerPins}
 * (comma-separated), {@code ownerCount}, {@code mortgaged} and {@code parcelCommuneCode}. An
 * unknown certificate is an answer (parcelFound = false, the rest null), not an incident.
 */
@Component("lookUpLandParcel")
class LookUpLandParcelDelegate implements JavaDelegate {

  private final LandRegistry land;

  LookUpLandParcelDelegate(LandRegistry land) {
    this.land = land;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<LandParcel> parcel =
        land.findByCertificate(RegistryTasks.text(execution, "certificateNo"));
    RegistryTasks.output(execution, "parcelFound", parcel.isPresent());
    RegistryTasks.output(execution, "parcelId", parcel.map(LandParcel::parcelId).orElse(null));
    RegistryTasks.output(
        execution,
        "ownerPins",
        parcel
            .map(p -> p.ownerPins().stream().map(Pin::value).collect(Collectors.joining(",")))
            .orElse(null));
    RegistryTasks.output(execution, "ownerCount", parcel.map(p -> p.ownerPins().size()).orElse(0));
    RegistryTasks.output(execution, "mortgaged", parcel.map(LandParcel::mortgaged).orElse(null));
    RegistryTasks.output(
        execution, "parcelCommuneCode", parcel.map(LandParcel::communeCode).orElse(null));
  }
}
