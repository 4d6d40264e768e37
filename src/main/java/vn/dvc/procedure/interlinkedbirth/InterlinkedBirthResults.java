package vn.dvc.procedure.interlinkedbirth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ElectronicExtracts;

/**
 * The one result of an interlinked birth dossier: each authority adds its part as it finishes — the
 * birth extract, the residence confirmation, the health insurance card, or the reason a part was
 * refused — so the citizen sees every result under the one dossier code. Each method rewrites its
 * own part only, so a retried job lists it once. Used from the model as {@code
 * ${interlinkedBirthResults.residenceConfirmation(execution)}}; each sets the number the wallet
 * delivery cites. Public for the expression language, which calls public methods of public classes
 * only.
 */
@Component("interlinkedBirthResults")
public class InterlinkedBirthResults {

  static final String BIRTH_EXTRACT = "BIRTH_EXTRACT";
  static final String RESIDENCE_CONFIRMATION = "RESIDENCE_CONFIRMATION";
  static final String HEALTH_INSURANCE_CARD = "HEALTH_INSURANCE_CARD";

  private final JavaDelegate issueBirthExtract;
  private final ElectronicExtracts extracts;
  private final AdministrativeUnits units;
  private final ObjectMapper json;

  InterlinkedBirthResults(
      @Qualifier("issueBirthExtract") JavaDelegate issueBirthExtract,
      ElectronicExtracts extracts,
      AdministrativeUnits units,
      ObjectMapper json) {
    this.issueBirthExtract = issueBirthExtract;
    this.extracts = extracts;
    this.units = units;
    this.json = json;
  }

  /**
   * Birth registration's own extract, issued by its own delegate and kept as the first part; sets
   * {@code birthExtractNo}.
   */
  public void birthExtract(DelegateExecution execution) throws Exception {
    issueBirthExtract.execute(execution);
    execution.setVariable("birthExtractNo", extracts.keepAsPart(execution));
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

  /** The child's health insurance card, category child under 6, paid by the state. */
  public void healthInsuranceCard(DelegateExecution execution) {
    ObjectNode part =
        json.createObjectNode()
            .put("outcome", "ISSUED")
            .put("document", HEALTH_INSURANCE_CARD)
            .put("cardNo", text(execution, "healthCardNo"))
            .put("holderPin", text(execution, "childPin"))
            .put("category", "CHILD_UNDER_6");
    extracts.addPart(execution, part);
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
