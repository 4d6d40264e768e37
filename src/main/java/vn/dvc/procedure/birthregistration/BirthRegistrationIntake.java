package vn.dvc.procedure.birthregistration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;
import vn.dvc.population.Gender;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Checks what the JSON Schema cannot (the other parent exists, the birth is not in the future, the
 * commune exists) and chooses the commune: the one named, else the mother's current commune.
 */
@Component
class BirthRegistrationIntake implements ProcedureIntake {

  static final String KEY = "birth-registration";

  private final PopulationRegistry population;
  private final CommuneOfResidence communeOfResidence;
  private final AdministrativeUnits units;

  BirthRegistrationIntake(
      PopulationRegistry population,
      CommuneOfResidence communeOfResidence,
      AdministrativeUnits units) {
    this.population = population;
    this.communeOfResidence = communeOfResidence;
    this.units = units;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    JsonNode child = data.path("child");
    LocalDate dateOfBirth = LocalDate.parse(child.path("dateOfBirth").asText());
    if (dateOfBirth.isAfter(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))) {
      throw invalid(
          "child-born-in-future",
          "The child's date of birth " + dateOfBirth + " is in the future.");
    }
    Optional<Citizen> otherParent = otherParent(applicant, data);
    Commune commune = filingCommune(applicant, otherParent, data);

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

  private Commune filingCommune(Citizen applicant, Optional<Citizen> otherParent, JsonNode data) {
    String named = text(data, "communeCode");
    if (named != null) {
      return units
          .commune(named)
          .orElseThrow(
              () -> invalid("unknown-commune", "There is no commune with code " + named + "."));
    }
    Citizen mother =
        applicant.gender() == Gender.FEMALE ? applicant : otherParent.orElse(applicant);
    return communeOfResidence
        .of(mother)
        .or(() -> communeOfResidence.of(applicant))
        .orElseThrow(
            () ->
                invalid(
                    "commune-required",
                    "The parents' current commune cannot be found in the registries; name the"
                        + " commune to file at in data.communeCode."));
  }

  private static String text(JsonNode data, String field) {
    JsonNode value = data.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
  }

  private static ApiProblem invalid(String type, String message) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, type, "Dossier cannot be filed", message);
  }
}
