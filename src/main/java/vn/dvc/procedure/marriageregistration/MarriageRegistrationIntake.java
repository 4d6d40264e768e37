package vn.dvc.procedure.marriageregistration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.procedure.intake.Party;

/**
 * Checks what the JSON Schema cannot (the partner is a living citizen other than the applicant, the
 * commune exists) and chooses the commune: the one named, else the applicant's commune of permanent
 * residence, else the partner's (resolved from pre-2025 names too); any commune may register a
 * marriage since 1 July 2025. The applicant is one party, the partner the other; a deceased
 * applicant files nothing at all (the dossier service refuses them). Age, marital status, gender
 * and kinship are not checked here: they are rules of the DMN, and the process refuses with the
 * reason or sends the dossier to verification.
 */
@Component
class MarriageRegistrationIntake implements ProcedureIntake {

  static final String KEY = "marriage-registration";

  private static final Party PARTNER = Party.of("partner", "the partner");

  private final IntakeChecks checks;

  MarriageRegistrationIntake(IntakeChecks checks) {
    this.checks = checks;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declared declared = checks.declared(applicant, data);
    Citizen partner =
        declared
            .pin("partnerPin", PARTNER)
            .notApplicant(
                "The partner's personal identification number is the applicant's own; give the"
                    + " PIN of the person you are marrying.")
            .knownCitizen()
            .alive("a marriage cannot be registered")
            .citizen();
    Commune commune = declared.filingCommune("either party", applicant, partner);

    Map<String, Object> variables = new HashMap<>();
    variables.put("partnerPin", partner.pin().value());
    return new Intake(commune.code(), variables);
  }
}
