package vn.dvc.civilstatus;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: look up a person's marriages". Input {@code pin}; outputs {@code married}
 * (civil status holds an open marriage), its {@code marriageRegistrationNo} and {@code spousePin},
 * and {@code marriageCount} (every marriage, dissolved ones included). Nobody married is an answer
 * ({@code married = false}, count 0), not a failure.
 */
@Component("lookUpMarriages")
class LookUpMarriagesDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpMarriagesDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pin pin = RegistryTasks.pin(execution, "pin");
    List<Marriage> marriages = civilStatus.marriagesOf(pin);
    Optional<Marriage> open = marriages.stream().filter(Marriage::isOpen).findFirst();
    RegistryTasks.output(execution, "married", open.isPresent());
    RegistryTasks.output(
        execution, "marriageRegistrationNo", open.map(Marriage::registrationNo).orElse(null));
    RegistryTasks.output(
        execution,
        "spousePin",
        open.map(m -> m.husbandPin().equals(pin) ? m.wifePin() : m.husbandPin())
            .map(Pin::value)
            .orElse(null));
    RegistryTasks.output(execution, "marriageCount", marriages.size());
  }
}
