package vn.dvc.registry.land;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;
import vn.dvc.variables.PinList;

/**
 * Template "Land: register new owners on a parcel". Inputs {@code certificateNo}, {@code
 * newOwnerPins} (comma-separated), {@code changeType} (TRANSFER, GIFT, INHERITANCE), optional
 * {@code contractNo} and {@code registeredOn} (ISO; the engine's today in Vietnam when empty);
 * output {@code ownerPins}, the parcel's owners as the registry holds them afterwards. Keyed on the
 * dossier and the task, so a retried job registers the change once. A certificate the registry does
 * not hold is an incident: it comes from an earlier look-up.
 */
@Component("changeLandOwners")
class ChangeLandOwnersDelegate implements JavaDelegate {

  private final LandRegistry land;

  ChangeLandOwnersDelegate(LandRegistry land) {
    this.land = land;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Pin> newOwners =
        PinList.parse(RegistryTasks.text(execution, "newOwnerPins")).stream().map(Pin::of).toList();
    LocalDate registeredOn = RegistryTasks.optionalDate(execution, "registeredOn");
    LandParcel parcel =
        land.changeOwners(
            RegistryTasks.text(execution, "certificateNo"),
            newOwners,
            new OwnerChange(
                RegistryTasks.choice(execution, "changeType", LandChangeType.class),
                RegistryTasks.optionalText(execution, "contractNo"),
                registeredOn == null ? EngineClock.today() : registeredOn),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(
        execution,
        "ownerPins",
        parcel.ownerPins().stream().map(Pin::value).collect(Collectors.joining(",")));
  }
}
