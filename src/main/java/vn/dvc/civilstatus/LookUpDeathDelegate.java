package vn.dvc.civilstatus;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: look up a registered death". Input {@code pin}; outputs {@code
 * recordedDead}, {@code deathRegistrationNo} and {@code dateOfDeath} (ISO). No registered death is
 * an answer ({@code recordedDead = false}, nulls), not a failure.
 */
@Component("lookUpDeath")
class LookUpDeathDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpDeathDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<DeathRecord> death = civilStatus.deathOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "recordedDead", death.isPresent());
    RegistryTasks.output(
        execution, "deathRegistrationNo", death.map(DeathRecord::registrationNo).orElse(null));
    RegistryTasks.output(
        execution,
        "dateOfDeath",
        death.map(DeathRecord::dateOfDeath).map(Object::toString).orElse(null));
  }
}
