package vn.dvc.procedure.birthregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.BirthRecord;
import vn.dvc.civilstatus.BirthRegistration;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.registry.IdempotencyKey;

/** Records the birth in civil status and sets {@code birthRegistrationNo}. */
@Component("createBirthRecord")
class CreateBirthRecordDelegate implements JavaDelegate {

  static final String OPERATION = "civil-status.register-birth";

  private final CivilStatusRegistry civilStatus;

  CreateBirthRecordDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    boolean certified = "MATCHES".equals(variables.text("birthCertificateStatus"));
    BirthRecord record =
        civilStatus.registerBirth(
            new BirthRegistration(
                variables.communeCode(),
                variables.childFullName(),
                variables.childGender(),
                variables.childDateOfBirth(),
                variables.motherPin(),
                variables.fatherPin(),
                certified ? variables.text("birthCertificateNo") : null),
            IdempotencyKey.of(variables.dossierId(), OPERATION));
    execution.setVariable("birthRegistrationNo", record.registrationNo());
  }
}
