package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Health facilities: look up an electronic medical birth certificate". Input {@code
 * certificateNo}; outputs {@code certificateFound}, {@code certificateMotherPin}, {@code
 * certificateDateOfBirth} (ISO) and {@code certificateGender}, for the process to compare with the
 * dossier. A number no facility issued is an answer ({@code certificateFound = false}, nulls).
 */
@Component("lookUpMedicalBirthCertificate")
class LookUpMedicalBirthCertificateDelegate implements JavaDelegate {

  private final HealthFacilityRegistry facilities;

  LookUpMedicalBirthCertificateDelegate(HealthFacilityRegistry facilities) {
    this.facilities = facilities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<MedicalBirthCertificate> certificate =
        facilities.findBirthCertificate(RegistryTasks.text(execution, "certificateNo"));
    RegistryTasks.output(execution, "certificateFound", certificate.isPresent());
    RegistryTasks.output(
        execution,
        "certificateMotherPin",
        certificate.map(c -> Pin.valueOf(c.motherPin())).orElse(null));
    RegistryTasks.output(
        execution,
        "certificateDateOfBirth",
        certificate.map(MedicalBirthCertificate::dateOfBirth).map(Object::toString).orElse(null));
    RegistryTasks.output(
        execution, "certificateGender", certificate.map(c -> c.gender().name()).orElse(null));
  }
}
