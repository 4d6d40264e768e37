package vn.dvc.population;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Population: register a newborn (assigns the PIN)". Inputs {@code fullName}, {@code
 * gender}, {@code dateOfBirth} (ISO), {@code motherPin} and {@code fatherPin} (each empty for a
 * parent not known), {@code communeCode} (where the birth was registered, which decides the PIN's
 * province digits) and {@code birthRegistrationNo}; output {@code childPin}. Keyed by dossier and
 * task, so a retried job answers the child entered the first time instead of a second citizen.
 */
@Component("registerNewborn")
class RegisterNewbornDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RegisterNewbornDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Newborn newborn =
        new Newborn(
            RegistryTasks.text(execution, "fullName"),
            RegistryTasks.choice(execution, "gender", Gender.class),
            RegistryTasks.date(execution, "dateOfBirth"),
            RegistryTasks.optionalPin(execution, "motherPin"),
            RegistryTasks.optionalPin(execution, "fatherPin"),
            RegistryTasks.text(execution, "communeCode"),
            RegistryTasks.text(execution, "birthRegistrationNo"));
    Citizen child = population.registerNewborn(newborn, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "childPin", child.pin().value());
  }
}
