package vn.dvc.civilstatus;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: look up a person's birth record". Input {@code childPin}; outputs {@code
 * birthDigitised} and {@code birthRegistrationNo}. No digitised record is an answer ({@code
 * birthDigitised = false}): older births were registered on paper only.
 */
@Component("lookUpBirth")
class LookUpBirthDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpBirthDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<BirthRecord> birth = civilStatus.birthOf(RegistryTasks.pin(execution, "childPin"));
    RegistryTasks.output(execution, "birthDigitised", birth.isPresent());
    RegistryTasks.output(
        execution, "birthRegistrationNo", birth.map(BirthRecord::registrationNo).orElse(null));
  }
}
