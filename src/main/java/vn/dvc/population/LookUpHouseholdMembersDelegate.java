package vn.dvc.population;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.variables.PinList;

/**
 * Template "Population: look up the members of a household". Input {@code householdId}; outputs
 * {@code householdMemberPins} (comma-separated, the head included) and {@code householdSize}. A
 * household population does not hold is an answer (no PINs, size 0), not an incident.
 */
@Component("lookUpHouseholdMembers")
class LookUpHouseholdMembersDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  LookUpHouseholdMembersDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Citizen> members =
        population.householdMembers(RegistryTasks.text(execution, "householdId"));
    RegistryTasks.output(
        execution,
        "householdMemberPins",
        PinList.format(members.stream().map(c -> c.pin().value()).toList()));
    RegistryTasks.output(execution, "householdSize", members.size());
  }
}
