package vn.dvc.procedure.interlinkedbirth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ElectronicExtracts;

/**
 * The parts of an interlinked birth dossier's one result that the issue-result step ({@code
 * ${issueResult}}, which issues the birth extract and the health insurance card) cannot make: the
 * residence confirmation, issued by the police of the residence's commune rather than of the
 * dossier's, and the reason a part was refused. Each method rewrites its own part only, so a
 * retried job lists it once. Used from the model as {@code
 * ${interlinkedBirthResults.residenceConfirmation(execution)}}. Public for the expression language,
 * which calls public methods of public classes only.
 */
@Component("interlinkedBirthResults")
public class InterlinkedBirthResults {

  static final String RESIDENCE_CONFIRMATION = "RESIDENCE_CONFIRMATION";

  private final ElectronicExtracts extracts;
  private final AdministrativeUnits units;
  private final ObjectMapper json;

  InterlinkedBirthResults(
      ElectronicExtracts extracts, AdministrativeUnits units, ObjectMapper json) {
    this.extracts = extracts;
    this.units = units;
    this.json = json;
  }

  /**
   * The commune police's confirmation of the child's permanent residence (xác nhận thông tin về cư
   * trú); sets {@code residenceConfirmationNo}.
   */
  public void residenceConfirmation(DelegateExecution execution) {
    String commune = text(execution, "residenceCommuneCode");
    String childPin = text(execution, "childPin");
    String number = "XNCT-" + commune + "-" + childPin;
    ObjectNode part =
        json.createObjectNode()
            .put("outcome", "ISSUED")
            .put("document", RESIDENCE_CONFIRMATION)
            .put("confirmationNo", number)
            .put("childPin", childPin)
            .put("communeCode", commune)
            .put("householdId", text(execution, "childHouseholdId"))
            .put(
                "registeredBy",
                "Công an " + units.commune(commune).map(Commune::name).orElse(commune));
    extracts.addPart(execution, part);
    execution.setVariable("residenceConfirmationNo", number);
  }

  /** A part its authority refused: the reason stands in the result instead of the document. */
  public void refusedPart(DelegateExecution execution, String document, String reason) {
    extracts.addPart(
        execution,
        json.createObjectNode()
            .put("outcome", "REFUSED")
            .put("document", document)
            .put("reason", reason));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null ? null : value.toString();
  }
}
