package vn.dvc.procedure.interlinkeddeath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.identity.Groups;
import vn.dvc.population.Citizen;
import vn.dvc.procedure.deathregistration.DeathDeclarations;
import vn.dvc.procedure.deathregistration.DeathDeclarations.Declaration;

/**
 * The portal's data is a death declaration, checked exactly as for death registration ({@link
 * DeathDeclarations}). The province of the filing commune is added: its social security decides the
 * funeral allowance.
 */
@Component
class InterlinkedDeathIntake implements ProcedureIntake {

  static final String KEY = "interlinked-death";

  private final DeathDeclarations declarations;

  InterlinkedDeathIntake(DeathDeclarations declarations) {
    this.declarations = declarations;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declaration declaration = declarations.accept(applicant, data);
    Map<String, Object> variables = new HashMap<>(declaration.variables());
    String province = declaration.commune().provinceCode();
    variables.put("provinceCode", province);
    // Each part escalates on its own timer, before any overdue dossier would have named them.
    variables.put("supervisorGroup", Groups.provinceSupervisors(province));
    return new Intake(declaration.commune().code(), variables);
  }
}
