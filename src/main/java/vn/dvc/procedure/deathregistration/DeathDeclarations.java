package vn.dvc.procedure.deathregistration;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.DeclaredDates;
import vn.dvc.dossier.FilingCommune;
import vn.dvc.dossier.ProcedureIntake.Intake;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.time.EngineClock;

/**
 * The death a dossier declares ({@code deceasedPin}, {@code dateOfDeath}, optional {@code
 * deathNoticeNo} and {@code communeCode}), checked the same way by every procedure that registers a
 * death — death registration and the interlinked death procedure: what the JSON Schema cannot
 * express (the deceased is a known citizen other than the applicant, the death is neither in the
 * future nor before their birth, the commune exists) and the commune: the one named, else the
 * deceased's commune of permanent residence (resolved from pre-2025 names too), else the
 * applicant's. Whether the death is already registered is not checked here: the process refuses it
 * with the reason and corrects population when it is out of step.
 */
@Component
public class DeathDeclarations {

  private final PopulationRegistry population;
  private final FilingCommune filingCommunes;

  DeathDeclarations(PopulationRegistry population, FilingCommune filingCommunes) {
    this.population = population;
    this.filingCommunes = filingCommunes;
  }

  /**
   * @param commune where the dossier is filed
   * @param variables the declaration as the process starts with it: deceasedPin, dateOfDeath and
   *     deathNoticeNo (null when none was quoted)
   */
  public record Declaration(Commune commune, Map<String, Object> variables) {

    public Intake intake() {
      return new Intake(commune.code(), variables);
    }
  }

  public Declaration accept(Citizen applicant, JsonNode data) {
    // The schema guarantees twelve digits and an ISO date, so neither parse can fail here.
    Pin deceasedPin = Pin.of(data.path("deceasedPin").asText());
    LocalDate dateOfDeath = LocalDate.parse(data.path("dateOfDeath").asText());
    if (deceasedPin.equals(applicant.pin())) {
      throw invalid(
          "deceased-is-applicant",
          "The applicant cannot declare their own death; a relative or the spouse files it.");
    }
    // The engine's clock, so that tests which move time see the same "today" as the process.
    LocalDate today = EngineClock.today();
    DeclaredDates.notAfter(dateOfDeath, today, "The date of death", "death-in-future");
    Citizen deceased =
        population
            .findCitizen(deceasedPin)
            .orElseThrow(
                () ->
                    invalid(
                        "unknown-deceased",
                        "No citizen with personal identification number "
                            + deceasedPin
                            + " (the deceased) is in the National Population Database."));
    if (dateOfDeath.isBefore(deceased.dateOfBirth())) {
      throw invalid(
          "death-before-birth",
          "The date of death "
              + dateOfDeath
              + " is before the deceased's date of birth in the National Population Database.");
    }
    Commune commune = filingCommunes.of(data, "the deceased or the applicant", deceased, applicant);

    Map<String, Object> variables = new HashMap<>();
    variables.put("deceasedPin", deceasedPin.value());
    variables.put("dateOfDeath", dateOfDeath.toString());
    variables.put("deathNoticeNo", text(data, "deathNoticeNo"));
    return new Declaration(commune, variables);
  }
}
