package vn.dvc.civilstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: register a death". Inputs {@code communeCode}, {@code deceasedPin},
 * {@code dateOfDeath} (ISO), {@code declarantPin} and optional {@code deathNoticeNo} (the
 * electronic death notice it rests on); output {@code deathRegistrationNo}. Keyed by dossier and
 * task, so a retried job answers the record made the first time.
 */
@Component("registerDeath")
class RegisterDeathDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  RegisterDeathDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeathRegistration registration =
        new DeathRegistration(
            RegistryTasks.text(execution, "communeCode"),
            RegistryTasks.pin(execution, "deceasedPin"),
            RegistryTasks.date(execution, "dateOfDeath"),
            RegistryTasks.pin(execution, "declarantPin"),
            RegistryTasks.optionalText(execution, "deathNoticeNo"));
    DeathRecord record = civilStatus.registerDeath(registration, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "deathRegistrationNo", record.registrationNo());
  }
}
