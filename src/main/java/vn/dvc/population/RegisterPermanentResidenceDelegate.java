package vn.dvc.population;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "Population: register a permanent residence". Inputs {@code pin}, {@code communeCode} (a
 * current commune), {@code address}, optional {@code householdId} (the household joined; empty to
 * stay in one's own) and optional {@code registeredOn} (ISO; the engine's today in Vietnam when
 * empty); output {@code householdId}, the household the citizen belongs to afterwards. A PIN
 * population does not hold, or an unknown commune, is an incident.
 */
@Component("registerPermanentResidence")
class RegisterPermanentResidenceDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RegisterPermanentResidenceDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate registeredOn = RegistryTasks.optionalDate(execution, "registeredOn");
    ResidenceRegistration residence =
        new ResidenceRegistration(
            RegistryTasks.text(execution, "communeCode"),
            RegistryTasks.text(execution, "address"),
            RegistryTasks.optionalText(execution, "householdId"),
            registeredOn == null ? EngineClock.today() : registeredOn);
    Citizen citizen =
        population.registerPermanentResidence(
            RegistryTasks.pin(execution, "pin"), residence, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "householdId", citizen.householdId());
  }
}
