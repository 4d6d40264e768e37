package vn.dvc.procedure.marriageregistration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.civilstatus.Marriage;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Issues the electronic marriage extract (trích lục kết hôn điện tử) as the dossier's result,
 * referencing the civil-status record just made, and sets {@code marriageExtractNo} for the wallet
 * deliveries and {@code marriedOn}, the record's registration date, which population then records
 * for both parties: civil status is the authority on the date of a marriage. Names are read from
 * population into the result only, never into a process variable.
 */
@Component("issueMarriageExtract")
class IssueMarriageExtractDelegate implements JavaDelegate {

  private final ElectronicExtracts extracts;
  private final PopulationRegistry population;
  private final CivilStatusRegistry civilStatus;

  IssueMarriageExtractDelegate(
      ElectronicExtracts extracts, PopulationRegistry population, CivilStatusRegistry civilStatus) {
    this.extracts = extracts;
    this.population = population;
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String communeCode = (String) execution.getVariable("communeCode");
    String registrationNo = (String) execution.getVariable("marriageRegistrationNo");
    Pin husband = Pin.of((String) execution.getVariable("husbandPin"));
    Pin wife = Pin.of((String) execution.getVariable("wifePin"));
    Marriage marriage =
        civilStatus.marriagesOf(husband).stream()
            .filter(m -> m.registrationNo().equals(registrationNo) && m.isBetween(husband, wife))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Civil status holds no marriage "
                            + registrationNo
                            + " between the parties of dossier "
                            + execution.getProcessBusinessKey()));
    ObjectNode extract =
        extracts
            .draft(
                "MARRIAGE_EXTRACT", "TLKH", communeCode, "marriageRegistrationNo", registrationNo)
            .put("registeredOn", marriage.registeredOn().toString())
            .put("husbandPin", husband.value())
            .put("husbandFullName", fullName(husband))
            .put("wifePin", wife.value())
            .put("wifeFullName", fullName(wife));
    execution.setVariable("marriageExtractNo", extracts.issue(execution, extract));
    execution.setVariable("marriedOn", marriage.registeredOn().toString());
  }

  private String fullName(Pin pin) {
    return population.findCitizen(pin).map(Citizen::fullName).orElse(null);
  }
}
