package vn.dvc.procedure.birthregistration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    Map<String, Object> variables = new HashMap<>();
    variables.put("childFullName", declared.given("child.fullName"));
    variables.put("childGender", declared.given("child.gender"));
    variables.put("childDateOfBirth", dateOfBirth.toString());
    variables.put("childPlaceOfBirth", declared.given("child.placeOfBirth"));
    variables.put("birthCertificateNo", declared.text("birthCertificateNo"));
    variables.put("otherParentPin", otherParent.map(p -> p.pin().value()).orElse(null));
    return new Intake(commune.code(), variables);
  }
}
