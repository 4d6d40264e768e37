package vn.dvc.population;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Population: record a marriage". Inputs {@code pin}, {@code spousePin} and {@code
 * marriedOn} (ISO); no output, the PIN being the record's identifier. One party per task, so that
 * each party's write has its own key (dossier and task) and a retried job repeats only its own. A
 * PIN population does not hold is an incident: both come from earlier look-ups. Named apart from
 * the civil-status marriage registration, which is another registry's record.
 */
@Component("recordMarriageInPopulation")
class RecordMarriageInPopulationDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RecordMarriageInPopulationDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    population.recordMarriage(
        RegistryTasks.pin(execution, "pin"),
        RegistryTasks.pin(execution, "spousePin"),
        RegistryTasks.date(execution, "marriedOn"),
        RegistryTasks.writeKey(execution));
  }
}
