package vn.dvc.population;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Population: record a death". Inputs {@code pin} and {@code dateOfDeath} (ISO); no
 * output, the PIN being the record's identifier. A PIN population does not hold is an incident: it
 * should come from an earlier look-up, so it is a modelling or data error. Named apart from the
 * civil-status death registration, which is another registry's record.
 */
@Component("recordDeathInPopulation")
class RecordDeathInPopulationDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RecordDeathInPopulationDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    population.recordDeath(
        RegistryTasks.pin(execution, "pin"),
        RegistryTasks.date(execution, "dateOfDeath"),
        RegistryTasks.writeKey(execution));
  }
}
