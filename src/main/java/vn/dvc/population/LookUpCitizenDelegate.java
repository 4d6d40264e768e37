package vn.dvc.population;

import java.time.Period;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "Population: look up a citizen". Input {@code pin}; outputs the facts decisions use —
 * {@code found}, {@code gender}, {@code dateOfBirth} (ISO), {@code ageInYears} (on the engine's
 * today in Vietnam), {@code maritalStatus}, the PINs of spouse, father and mother, {@code
 * householdId}, {@code communeCode} and {@code deceased} — never names or addresses, which would
 * stay in Camunda's history. {@code communeCode} is the current commune of permanent residence,
 * also when population still writes the address with pre-reform names. A PIN population does not
 * hold is an answer ({@code found = false}, every other output null), not an incident.
 */
@Component("lookUpCitizen")
class LookUpCitizenDelegate implements JavaDelegate {

  private final PopulationRegistry population;
  private final CommuneOfResidence communeOfResidence;

  LookUpCitizenDelegate(PopulationRegistry population, CommuneOfResidence communeOfResidence) {
    this.population = population;
    this.communeOfResidence = communeOfResidence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Citizen> citizen = population.findCitizen(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "found", citizen.isPresent());
    RegistryTasks.output(execution, "gender", citizen.map(c -> c.gender().name()).orElse(null));
    RegistryTasks.output(
        execution,
        "dateOfBirth",
        citizen.map(Citizen::dateOfBirth).map(Object::toString).orElse(null));
    RegistryTasks.output(
        execution,
        "ageInYears",
        citizen
            .map(Citizen::dateOfBirth)
            .map(born -> Period.between(born, EngineClock.today()).getYears())
            .orElse(null));
    RegistryTasks.output(
        execution, "maritalStatus", citizen.map(c -> c.maritalStatus().name()).orElse(null));
    RegistryTasks.output(
        execution, "spousePin", citizen.map(c -> Pin.valueOf(c.spousePin())).orElse(null));
    RegistryTasks.output(
        execution, "fatherPin", citizen.map(c -> Pin.valueOf(c.fatherPin())).orElse(null));
    RegistryTasks.output(
        execution, "motherPin", citizen.map(c -> Pin.valueOf(c.motherPin())).orElse(null));
    RegistryTasks.output(execution, "householdId", citizen.map(Citizen::householdId).orElse(null));
    RegistryTasks.output(
        execution,
        "communeCode",
        citizen.flatMap(communeOfResidence::of).map(Commune::code).orElse(null));
    RegistryTasks.output(execution, "deceased", citizen.map(Citizen::deceased).orElse(null));
  }
}
