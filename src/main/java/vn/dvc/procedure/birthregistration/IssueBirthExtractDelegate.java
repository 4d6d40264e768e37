package vn.dvc.procedure.birthregistration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.ElectronicExtracts;

/**
 * Issues the electronic birth extract (trích lục khai sinh điện tử) as the dossier's result,
 * referencing the civil-status record and the child's PIN.
 */
@Component("issueBirthExtract")
class IssueBirthExtractDelegate implements JavaDelegate {

  private final ElectronicExtracts extracts;

  IssueBirthExtractDelegate(ElectronicExtracts extracts) {
    this.extracts = extracts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    String registrationNo = variables.text("birthRegistrationNo");
    ObjectNode extract =
        extracts
            .draft(
                "BIRTH_EXTRACT",
                "TLKS",
                variables.communeCode(),
                "birthRegistrationNo",
                registrationNo)
            .put("childPin", variables.text("childPin"))
            .put("childFullName", variables.childFullName())
            .put("dateOfBirth", variables.childDateOfBirth().toString());
    extracts.issue(execution, extract);
  }
}
