package vn.dvc.civilstatus;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Gender;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: register a birth". Inputs {@code communeCode}, {@code childName}, {@code
 * gender}, {@code dateOfBirth} (ISO), {@code motherPin} and {@code fatherPin} (each empty for a
 * parent not known) and optional {@code medicalCertificateNo} (the electronic certificate the birth
 * rests on); output {@code birthRegistrationNo}. Keyed by dossier and task, so a retried job
 * answers the record made the first time.
 */
@Component("registerBirth")
class RegisterBirthDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  RegisterBirthDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthRegistration registration =
        new BirthRegistration(
            RegistryTasks.text(execution, "communeCode"),
            RegistryTasks.text(execution, "childName"),
            RegistryTasks.choice(execution, "gender", Gender.class),
            RegistryTasks.date(execution, "dateOfBirth"),
            RegistryTasks.optionalPin(execution, "motherPin"),
            RegistryTasks.optionalPin(execution, "fatherPin"),
            RegistryTasks.optionalText(execution, "medicalCertificateNo"));
    BirthRecord record = civilStatus.registerBirth(registration, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "birthRegistrationNo", record.registrationNo());
  }
}
