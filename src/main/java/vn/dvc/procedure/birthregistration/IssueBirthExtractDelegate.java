package vn.dvc.procedure.birthregistration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.time.EngineClock;

/**
 * Issues the electronic birth extract (trích lục khai sinh điện tử) as the dossier's result,
 * referencing the civil-status record and the child's PIN.
 */
@Component("issueBirthExtract")
class IssueBirthExtractDelegate implements JavaDelegate {

  private final DossierRepository dossiers;
  private final AdministrativeUnits units;
  private final ObjectMapper json;

  IssueBirthExtractDelegate(
      DossierRepository dossiers, AdministrativeUnits units, ObjectMapper json) {
    this.dossiers = dossiers;
    this.units = units;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    String registrationNo = variables.text("birthRegistrationNo");
    ObjectNode result =
        json.createObjectNode()
            .put("outcome", "ISSUED")
            .put("document", "BIRTH_EXTRACT")
            .put("extractNo", "TLKS-" + variables.communeCode() + "-" + registrationNo)
            .put("birthRegistrationNo", registrationNo)
            .put(
                "registeredBy",
                units
                    .commune(variables.communeCode())
                    .map(Commune::name)
                    .orElse(variables.communeCode()))
            .put("childPin", variables.text("childPin"))
            .put("childFullName", variables.childFullName())
            .put("dateOfBirth", variables.childDateOfBirth().toString())
            .put("issuedOn", EngineClock.today().toString());
    dossiers.setResult(variables.dossierId(), result.toString());
  }
}
