package vn.dvc.procedure.marriageregistration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Checks what the JSON Schema cannot (the partner is a living citizen other than the applicant, the
 * commune exists) and chooses the commune: the one named, else the applicant's commune of permanent
 * residence, else the partner's (resolved from pre-2025 names too); any commune may register a
 * marriage since 1 July 2025. The applicant is one party, the partner the other. Age, marital
 * status, gender and kinship are not checked here: they are rules of the DMN, and the process
 * refuses with the reason or sends the dossier to verification.
 */
@Component
class MarriageRegistrationIntake implements ProcedureIntake {

  static final String KEY = "marriage-registration";

  private final PopulationRegistry population;
  private final CommuneOfResidence communeOfResidence;
  private final AdministrativeUnits units;

  MarriageRegistrationIntake(
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
    // The schema guarantees twelve digits, so the parse cannot fail here.
    Pin partnerPin = Pin.of(data.path("partnerPin").asText());
    if (partnerPin.equals(applicant.pin())) {
      throw invalid(
          "partner-is-applicant",
          "The partner's personal identification number is the applicant's own; give the PIN of"
              + " the person you are marrying.");
    }
    Citizen partner =
        population
            .findCitizen(partnerPin)
            .orElseThrow(
                () ->
                    invalid(
                        "unknown-partner",
                        "No citizen with personal identification number "
                            + partnerPin
                            + " (the partner) is in the National Population Database."));
    if (partner.deceased()) {
      throw invalid(
          "partner-deceased",
          "The National Population Database records the partner ("
              + partnerPin
              + ") as deceased; a marriage cannot be registered.");
    }
    if (applicant.deceased()) {
      throw invalid(
          "applicant-deceased",
          "The National Population Database records the applicant as deceased; if this is wrong,"
              + " ask the commune to correct the record.");
    }
    Commune commune = filingCommune(applicant, partner, data);

    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerPin", partnerPin.value());
    return new Intake(commune.code(), variables);
  }

  private Commune filingCommune(Citizen applicant, Citizen partner, JsonNode data) {
    JsonNode value = data.path("communeCode");
    String named = value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
    if (named != null) {
      return units
          .commune(named)
          .orElseThrow(
              () -> invalid("unknown-commune", "There is no commune with code " + named + "."));
    }
    return communeOfResidence
        .of(applicant)
        .or(() -> communeOfResidence.of(partner))
        .orElseThrow(
            () ->
                invalid(
                    "commune-required",
                    "Neither party's current commune of residence can be found in the"
                        + " registries; name the commune to file at in data.communeCode."));
  }

  private static ApiProblem invalid(String type, String message) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, type, "Dossier cannot be filed", message);
  }
}
