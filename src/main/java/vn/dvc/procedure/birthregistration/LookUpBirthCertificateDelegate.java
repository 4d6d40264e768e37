package vn.dvc.procedure.birthregistration;

import static vn.dvc.dossier.DossierVariables.DOSSIER_ID;
import static vn.dvc.procedure.birthregistration.BirthVariables.BIRTH_CERTIFICATE_NO;
import static vn.dvc.procedure.birthregistration.BirthVariables.BIRTH_CERTIFICATE_STATUS;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_DATE_OF_BIRTH;
import static vn.dvc.procedure.birthregistration.BirthVariables.MOTHER_PIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.dataquality.DataIssue;
import vn.dvc.dataquality.DataIssueKind;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.population.Pin;
import vn.dvc.registry.healthfacilities.HealthFacilityRegistry;
import vn.dvc.registry.healthfacilities.MedicalBirthCertificate;

/**
 * Sets {@code birthCertificateStatus} — MATCHES, MISMATCH, NOT_FOUND or NONE — for the quoted
 * electronic medical birth certificate. When the mother is not yet known (a father filing alone),
 * the certificate names her. A certificate already used for a registered birth is reported to the
 * officer.
 */
@Component("lookUpBirthCertificate")
class LookUpBirthCertificateDelegate implements JavaDelegate {

  private final HealthFacilityRegistry healthFacilities;
  private final CivilStatusRegistry civilStatus;
  private final DossierRepository dossiers;

  LookUpBirthCertificateDelegate(
      HealthFacilityRegistry healthFacilities,
      CivilStatusRegistry civilStatus,
      DossierRepository dossiers) {
    this.healthFacilities = healthFacilities;
    this.civilStatus = civilStatus;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number =
        BIRTH_CERTIFICATE_NO.from(execution).getOptional().filter(n -> !n.isBlank()).orElse(null);
    if (number == null) {
      BIRTH_CERTIFICATE_STATUS.on(execution).set("NONE");
      return;
    }
    Optional<MedicalBirthCertificate> found = healthFacilities.findBirthCertificate(number);
    if (found.isEmpty()) {
      BIRTH_CERTIFICATE_STATUS.on(execution).set("NOT_FOUND");
      return;
    }
    MedicalBirthCertificate certificate = found.get();
    Pin mother = MOTHER_PIN.from(execution).getOptional().map(Pin::of).orElse(null);
    if (mother == null) {
      mother = certificate.motherPin();
      MOTHER_PIN.on(execution).set(mother.value());
    }
    LocalDate childDateOfBirth = LocalDate.parse(CHILD_DATE_OF_BIRTH.from(execution).get());
    List<DataIssue> issues = new ArrayList<>();
    boolean matches =
        certificate.motherPin().equals(mother)
            && certificate.dateOfBirth().equals(childDateOfBirth);
    if (!matches) {
      issues.add(
          new DataIssue(
              DataIssueKind.BIRTH_CERTIFICATE_MISMATCH,
              mother,
              "Electronic birth certificate "
                  + number
                  + " names mother "
                  + certificate.motherPin()
                  + " and date of birth "
                  + certificate.dateOfBirth()
                  + "; the dossier says mother "
                  + mother
                  + " and "
                  + childDateOfBirth
                  + "."));
    }
    civilStatus
        .birthByMedicalCertificate(number)
        .ifPresent(
            earlier ->
                issues.add(
                    new DataIssue(
                        DataIssueKind.BIRTH_ALREADY_REGISTERED,
                        certificate.motherPin(),
                        "Electronic birth certificate "
                            + number
                            + " was already used for birth registration "
                            + earlier.registrationNo()
                            + " in commune "
                            + earlier.communeCode()
                            + ".")));
    dossiers.addDataIssues(DOSSIER_ID.from(execution).get(), issues);
    BIRTH_CERTIFICATE_STATUS.on(execution).set(matches ? "MATCHES" : "MISMATCH");
  }
}
