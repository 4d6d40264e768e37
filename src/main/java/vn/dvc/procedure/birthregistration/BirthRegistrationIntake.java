package vn.dvc.procedure.birthregistration;

import static vn.dvc.procedure.birthregistration.BirthVariables.BIRTH_CERTIFICATE_NO;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_DATE_OF_BIRTH;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_FULL_NAME;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_GENDER;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_PLACE_OF_BIRTH;
import static vn.dvc.procedure.birthregistration.BirthVariables.OTHER_PARENT_PIN;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.Gender;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.procedure.intake.Party;
import vn.dvc.time.EngineClock;

/**
 * Checks what the JSON Schema cannot (the birth is neither in the future nor in a year a PIN cannot
 * encode, the other parent is a known citizen other than the applicant and of the other gender, the
 * commune exists) and chooses the commune: the one named, else the mother's current commune.
 */
@Component
class BirthRegistrationIntake implements ProcedureIntake {

  static final String KEY = "birth-registration";

  private static final Party OTHER_PARENT = Party.of("other-parent", "the other parent");

  private final IntakeChecks checks;

  BirthRegistrationIntake(IntakeChecks checks) {
    this.checks = checks;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declared declared = checks.declared(applicant, data);
    // Today by the wall clock, unlike the engine's dates: a plausibility check on the declaration
    // (kept as it was; the deadline tests file this year's sandbox births on a clock moved back).
    LocalDate dateOfBirth =
        declared
            .date("child.dateOfBirth", "The child's date of birth")
            .notAfter(LocalDate.now(EngineClock.VIETNAM), "child-born-in-future")
            .birthAPinEncodes()
            .value();
    Optional<Citizen> otherParent =
        declared
            .optionalPin("otherParentPin", OTHER_PARENT)
            .map(
                pin ->
                    pin.notApplicant(
                            "same-parent-twice", "The other parent cannot be the applicant.")
                        .knownCitizen()
                        .require(
                            other -> other.gender() != applicant.gender(),
                            "parents-same-gender",
                            "The applicant and the other parent are both recorded as "
                                + applicant.gender()
                                + ".")
                        .citizen());
    Commune commune =
        declared.filingCommune(
            "the parents",
            applicant.gender() == Gender.FEMALE ? applicant : otherParent.orElse(applicant),
            applicant);

    VariableMap variables = Variables.createVariables();
    CHILD_FULL_NAME.on(variables).set(declared.given("child.fullName"));
    CHILD_GENDER.on(variables).set(declared.given("child.gender"));
    CHILD_DATE_OF_BIRTH.on(variables).set(dateOfBirth.toString());
    CHILD_PLACE_OF_BIRTH.on(variables).set(declared.given("child.placeOfBirth"));
    BIRTH_CERTIFICATE_NO.on(variables).set(declared.text("birthCertificateNo"));
    OTHER_PARENT_PIN.on(variables).set(otherParent.map(p -> p.pin().value()).orElse(null));
    return new Intake(commune.code(), variables);
  }
}
