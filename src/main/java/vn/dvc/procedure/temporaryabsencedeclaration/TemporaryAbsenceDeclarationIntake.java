package vn.dvc.procedure.temporaryabsencedeclaration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.IntakeChecks;

/**
 * Declares what the JSON Schema cannot — a destination commune that exists, an absence that ends
 * after it starts — and files the dossier at the commune of the applicant's permanent residence
 * (also when population still writes it with pre-reform names), whose police handle it. Whether the
 * absence is long enough to be declared is the DMN's rule, not the intake's.
 */
@Component
class TemporaryAbsenceDeclarationIntake implements ProcedureIntake {

  static final String KEY = "temporary-absence-declaration";

  private final IntakeChecks checks;

  TemporaryAbsenceDeclarationIntake(IntakeChecks checks) {
    this.checks = checks;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declared declared = checks.declared(applicant, data);
    String destination =
        declared
            .optionalCommune("destination.communeCode", "unknown-commune")
            .map(Commune::code)
            .orElse(null);
    LocalDate from = declared.date("from", "The start of the absence").value();
    LocalDate until =
        declared
            .date("until", "The end of the absence")
            .after(from, "its start", "absence-ends-before-it-starts")
            .value();
    Commune residence =
        declared
            .applicantRecord()
            .communeOfResidence(
                "no-permanent-residence",
                "The National Population Database holds no permanent residence for you; a"
                    + " temporary absence is declared from the commune of permanent residence."
                    + " Ask the commune police to record your residence.");

    Map<String, Object> variables = new HashMap<>();
    variables.put("destinationCommuneCode", destination);
    variables.put("abroadCountry", declared.text("destination.abroadCountry"));
    variables.put("absentFrom", from.toString());
    variables.put("absentUntil", until.toString());
    variables.put("absenceReason", declared.text("reason"));
    return new Intake(residence.code(), variables);
  }
}
