package vn.dvc.civilstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: register a marriage". Inputs {@code communeCode}, {@code husbandPin} and
 * {@code wifePin}; output {@code marriageRegistrationNo}. Keyed by dossier and task, so a retried
 * job answers the record made the first time.
 */
@Component("registerMarriage")
class RegisterMarriageDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  RegisterMarriageDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Marriage marriage =
        civilStatus.registerMarriage(
            new MarriageRegistration(
                RegistryTasks.text(execution, "communeCode"),
                RegistryTasks.pin(execution, "husbandPin"),
                RegistryTasks.pin(execution, "wifePin")),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "marriageRegistrationNo", marriage.registrationNo());
  }
}
