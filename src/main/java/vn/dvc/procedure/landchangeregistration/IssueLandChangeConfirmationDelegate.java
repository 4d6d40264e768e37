package vn.dvc.procedure.landchangeregistration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Province;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Issues the electronic confirmation of the change (xác nhận đăng ký biến động) as the dossier's
 * result, once the land registry holds the new owners: the parcel and its certificate, the kind of
 * change, the contract it rests on, the owners before and after (as the registry answered the
 * write), the registering office and the date. Its number {@code XNBD-<certificate>-<dossier>} is
 * unique per dossier, so issuing again (a retried job) rewrites the same result; it is set as
 * {@code confirmationNo} for the wallet deliveries. Names are read from population into the result
 * only, never into a process variable.
 */
@Component("issueLandChangeConfirmation")
class IssueLandChangeConfirmationDelegate implements JavaDelegate {

  private final ElectronicExtracts extracts;
  private final PopulationRegistry population;
  private final AdministrativeUnits units;
  private final ObjectMapper json;

  IssueLandChangeConfirmationDelegate(
      ElectronicExtracts extracts,
      PopulationRegistry population,
      AdministrativeUnits units,
      ObjectMapper json) {
    this.extracts = extracts;
    this.population = population;
    this.units = units;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    String certificateNo = (String) execution.getVariable("certificateNo");
    String confirmationNo = "XNBD-" + certificateNo + "-" + dossierId;
    String province =
        units
            .commune((String) execution.getVariable("communeCode"))
            .flatMap(units::provinceOf)
            .map(Province::name)
            .orElse(null);
    ObjectNode confirmation =
        json.createObjectNode()
            .put("outcome", "ISSUED")
            .put("document", "LAND_CHANGE_CONFIRMATION")
            .put("confirmationNo", confirmationNo)
            .put("parcelId", (String) execution.getVariable("parcelId"))
            .put("certificateNo", certificateNo)
            .put("changeType", (String) execution.getVariable("changeType"))
            .put("contractNo", (String) execution.getVariable("foundContractNo"))
            .put(
                "registeredBy",
                "Chi nhánh Văn phòng đăng ký đất đai" + (province == null ? "" : " — " + province));
    owners(confirmation.putArray("formerOwners"), (String) execution.getVariable("ownerPins"));
    owners(confirmation.putArray("newOwners"), (String) execution.getVariable("landOwnerPins"));
    extracts.issue(execution, confirmation);
    execution.setVariable("confirmationNo", confirmationNo);
  }

  private void owners(ArrayNode into, String pins) {
    for (String pin : LandChangeParties.set(pins)) {
      into.addObject()
          .put("pin", pin)
          .put("fullName", population.findCitizen(Pin.of(pin)).map(Citizen::fullName).orElse(null));
    }
  }
}
