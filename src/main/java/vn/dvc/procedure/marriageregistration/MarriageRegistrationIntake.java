package vn.dvc.procedure.marriageregistration;

import static vn.dvc.dossier.ProcedureIntake.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.FilingCommune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
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
  private final FilingCommune filingCommunes;

  MarriageRegistrationIntake(PopulationRegistry population, FilingCommune filingCommunes) {
    this.population = population;
    this.filingCommunes = filingCommunes;
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
    Commune commune = filingCommunes.of(data, "either party", applicant, partner);

    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerPin", partnerPin.value());
    return new Intake(commune.code(), variables);
  }
}
