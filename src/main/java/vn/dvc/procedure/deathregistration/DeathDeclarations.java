package vn.dvc.procedure.deathregistration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake.Intake;
import vn.dvc.population.Citizen;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.DeclaredDate;
import vn.dvc.procedure.intake.DeclaredPin;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.procedure.intake.Party;

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

  private static final Party DECEASED = Party.of("deceased", "the deceased");

  private final IntakeChecks checks;

  DeathDeclarations(IntakeChecks checks) {
    this.checks = checks;
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
    Declared declared = checks.declared(applicant, data);
    DeclaredPin deceasedPin =
        declared
            .pin("deceasedPin", DECEASED)
            .notApplicant(
                "The applicant cannot declare their own death; a relative or the spouse files it.");
    DeclaredDate dateOfDeath =
        declared.date("dateOfDeath", "The date of death").notInFuture("death-in-future");
    Citizen deceased = deceasedPin.knownCitizen().citizen();
    dateOfDeath.notBefore(
        deceased.dateOfBirth(),
        "the deceased's date of birth in the National Population Database",
        "death-before-birth");
    Commune commune = declared.filingCommune("the deceased or the applicant", deceased, applicant);

    Map<String, Object> variables = new HashMap<>();
    variables.put("deceasedPin", deceased.pin().value());
    variables.put("dateOfDeath", dateOfDeath.value().toString());
    variables.put("deathNoticeNo", declared.text("deathNoticeNo"));
    return new Declaration(commune, variables);
  }
}
