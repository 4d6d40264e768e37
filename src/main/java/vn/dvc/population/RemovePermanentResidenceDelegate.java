package vn.dvc.population;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Population: remove a permanent residence" (after a death, emigration, or a residence
 * registered elsewhere). Input {@code pin}; no output. A PIN population does not hold is an
 * incident.
 */
@Component("removePermanentResidence")
class RemovePermanentResidenceDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RemovePermanentResidenceDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    population.removePermanentResidence(
        RegistryTasks.pin(execution, "pin"), RegistryTasks.writeKey(execution));
  }
}
