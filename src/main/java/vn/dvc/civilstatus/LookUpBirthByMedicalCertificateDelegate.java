package vn.dvc.civilstatus;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Civil status: look up the birth registered on a medical certificate". Input {@code
 * certificateNo}; outputs {@code birthAlreadyRegistered} and {@code birthRegistrationNo}. A
 * certificate no birth was registered on is an answer ({@code birthAlreadyRegistered = false}), the
 * usual one.
 */
@Component("lookUpBirthByMedicalCertificate")
class LookUpBirthByMedicalCertificateDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpBirthByMedicalCertificateDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<BirthRecord> birth =
        civilStatus.birthByMedicalCertificate(RegistryTasks.text(execution, "certificateNo"));
    RegistryTasks.output(execution, "birthAlreadyRegistered", birth.isPresent());
    RegistryTasks.output(
        execution, "birthRegistrationNo", birth.map(BirthRecord::registrationNo).orElse(null));
  }
}
