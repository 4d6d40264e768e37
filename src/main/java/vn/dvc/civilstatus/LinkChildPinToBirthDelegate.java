package vn.dvc.civilstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: link the child's PIN to the birth record". Inputs {@code communeCode},
 * {@code birthRegistrationNo} and {@code childPin}; no output. A birth record civil status does not
 * hold is an incident: the number comes from the registration earlier in the process.
 */
@Component("linkChildPinToBirth")
class LinkChildPinToBirthDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LinkChildPinToBirthDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    civilStatus.linkChildPin(
        new BirthPinLink(
            RegistryTasks.text(execution, "communeCode"),
            RegistryTasks.text(execution, "birthRegistrationNo"),
            RegistryTasks.pin(execution, "childPin")),
        RegistryTasks.writeKey(execution));
  }
}
