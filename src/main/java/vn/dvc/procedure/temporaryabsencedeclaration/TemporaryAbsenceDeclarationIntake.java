package vn.dvc.procedure.temporaryabsencedeclaration;

import static vn.dvc.dossier.ProcedureIntake.code;
import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;

/**
 * Checks what the JSON Schema cannot — a destination commune that exists, an absence that ends
 * after it starts — and files the dossier at the commune of the applicant's permanent residence
 * (also when population still writes it with pre-reform names), whose police handle it. Whether the
 * absence is long enough to be declared is the DMN's rule, not the intake's.
 */
@Component
class TemporaryAbsenceDeclarationIntake implements ProcedureIntake {

  static final String KEY = "temporary-absence-declaration";

  private final AdministrativeUnits units;
  private final CommuneOfResidence communeOfResidence;

  TemporaryAbsenceDeclarationIntake(
      AdministrativeUnits units, CommuneOfResidence communeOfResidence) {
    this.units = units;
    this.communeOfResidence = communeOfResidence;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    String destination = code(data.path("destination"), "communeCode");
    if (destination != null && units.commune(destination).isEmpty()) {
      throw invalid(
          "unknown-commune",
          "There is no commune with code \"" + destination + "\" (destination.communeCode).");
    }
    LocalDate from = date(data, "from");
    LocalDate until = date(data, "until");
    if (!until.isAfter(from)) {
      throw invalid(
          "absence-ends-before-it-starts",
          "The absence ends (until " + until + ") before it starts (from " + from + ").");
    }
    Commune residence =
        communeOfResidence
            .of(applicant)
            .orElseThrow(
                () ->
                    invalid(
                        "no-permanent-residence",
                        "The National Population Database holds no permanent residence for you;"
                            + " a temporary absence is declared from the commune of permanent"
                            + " residence. Ask the commune police to record your residence."));

    Map<String, Object> variables = new HashMap<>();
    variables.put("destinationCommuneCode", destination);
    variables.put("abroadCountry", text(data.path("destination"), "abroadCountry"));
    variables.put("absentFrom", from.toString());
    variables.put("absentUntil", until.toString());
    variables.put("absenceReason", text(data, "reason"));
    return new Intake(residence.code(), variables);
  }

  /** The schema's {@code format: date} has already refused a date no calendar has. */
  private static LocalDate date(JsonNode data, String field) {
    return LocalDate.parse(text(data, field));
  }
}
