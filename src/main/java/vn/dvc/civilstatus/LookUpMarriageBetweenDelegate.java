package vn.dvc.civilstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: look up the marriage between two people". Inputs {@code pin} and {@code
 * otherPin}, either of which may be empty (a parent not yet known, e.g. a father filing alone
 * without a birth certificate); outputs {@code married} and {@code marriageRegistrationNo} (null
 * when civil status holds no open marriage between them, or one of them is unknown, which is data,
 * not a failure).
 */
@Component("lookUpMarriageBetween")
class LookUpMarriageBetweenDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpMarriageBetweenDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pin one = RegistryTasks.optionalPin(execution, "pin");
    Pin other = RegistryTasks.optionalPin(execution, "otherPin");
    String registrationNo =
        one == null || other == null
            ? null
            : civilStatus.marriagesOf(one).stream()
                .filter(Marriage::isOpen)
                .filter(m -> m.isBetween(one, other))
                .map(Marriage::registrationNo)
                .findFirst()
                .orElse(null);
    RegistryTasks.output(execution, "married", registrationNo != null);
    RegistryTasks.output(execution, "marriageRegistrationNo", registrationNo);
  }
}
