package vn.dvc.procedure.deathregistration;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;

/** Death registration takes the declared death as {@link DeathDeclarations} checks it. */
@Component
class DeathRegistrationIntake implements ProcedureIntake {

  static final String KEY = "death-registration";

  private final DeathDeclarations declarations;

  DeathRegistrationIntake(DeathDeclarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    return declarations.accept(applicant, data).intake();
  }
}
