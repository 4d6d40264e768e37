package vn.dvc.procedure.birthregistration;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.DeclaredDates;
import vn.dvc.dossier.FilingCommune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.Gender;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.time.EngineClock;

/**
 * Checks what the JSON Schema cannot (the other parent exists, the birth is neither in the future
 * nor in a year a PIN cannot encode, the commune exists) and chooses the commune: the one named,
 * else the mother's current commune.
 */
@Component
class BirthRegistrationIntake implements ProcedureIntake {

  static final String KEY = "birth-registration";

  private final PopulationRegistry population;
  private final FilingCommune filingCommunes;

  BirthRegistrationIntake(PopulationRegistry population, FilingCommune filingCommunes) {
    this.population = population;
    this.filingCommunes = filingCommunes;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    JsonNode child = data.path("child");
    // Today by the wall clock, unlike the engine's dates: a plausibility check on the declaration
    // (kept as it was; the deadline tests file this year's sandbox births on a clock moved back).
    LocalDate dateOfBirth =
        DeclaredDates.birth(
            LocalDate.parse(child.path("dateOfBirth").asText()),
            LocalDate.now(EngineClock.VIETNAM),
            "The child's date of birth",
            "child-born-in-future");
    Optional<Citizen> otherParent = otherParent(applicant, data);
    Commune commune =
        filingCommunes.of(
            data,
            "the parents",
            applicant.gender() == Gender.FEMALE ? applicant : otherParent.orElse(applicant),
            applicant);

    Map<String, Object> variables = new HashMap<>();
    variables.put("childFullName", child.path("fullName").asText());
    variables.put("childGender", child.path("gender").asText());
    variables.put("childDateOfBirth", dateOfBirth.toString());
    variables.put("childPlaceOfBirth", child.path("placeOfBirth").asText());
    variables.put("birthCertificateNo", text(data, "birthCertificateNo"));
    variables.put("otherParentPin", otherParent.map(p -> p.pin().value()).orElse(null));
    return new Intake(commune.code(), variables);
  }

  private Optional<Citizen> otherParent(Citizen applicant, JsonNode data) {
    String value = text(data, "otherParentPin");
    if (value == null) {
      return Optional.empty();
    }
    Pin pin;
    try {
      pin = Pin.of(value);
    } catch (InvalidPinException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-pin",
          "Invalid personal identification number",
          "The other parent's number: " + e.getMessage());
    }
    if (pin.equals(applicant.pin())) {
      throw invalid("same-parent-twice", "The other parent cannot be the applicant.");
    }
    Citizen other =
        population
            .findCitizen(pin)
            .orElseThrow(
                () ->
                    invalid(
                        "unknown-other-parent",
                        "No citizen with personal identification number "
                            + pin
                            + " (the other parent) is in the National Population Database."));
    if (other.gender() == applicant.gender()) {
      throw invalid(
          "parents-same-gender",
          "The applicant and the other parent are both recorded as " + applicant.gender() + ".");
    }
    return Optional.of(other);
  }
}
