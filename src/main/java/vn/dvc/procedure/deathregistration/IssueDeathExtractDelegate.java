package vn.dvc.procedure.deathregistration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Issues the electronic death extract (trích lục khai tử điện tử) as the dossier's result,
 * referencing the civil-status record, and sets {@code deathExtractNo} for the wallet delivery. The
 * deceased's name is read from population into the result only, never into a process variable.
 *
 * <p>Only the interlinked death procedure still calls it; death registration issues the same
 * extract (same fields) with the generic "issue result" step. Remove it once {@code
 * interlinked-death.bpmn} does too.
 */
@Component("issueDeathExtract")
class IssueDeathExtractDelegate implements JavaDelegate {

  private final ElectronicExtracts extracts;
  private final PopulationRegistry population;

  IssueDeathExtractDelegate(ElectronicExtracts extracts, PopulationRegistry population) {
    this.extracts = extracts;
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String communeCode = (String) execution.getVariable("communeCode");
    String registrationNo = (String) execution.getVariable("deathRegistrationNo");
    Pin deceased = Pin.of((String) execution.getVariable("deceasedPin"));
    ObjectNode extract =
        extracts
            .draft("DEATH_EXTRACT", "TLKT", communeCode, "deathRegistrationNo", registrationNo)
            .put("deceasedPin", deceased.value())
            .put(
                "deceasedFullName",
                population.findCitizen(deceased).map(Citizen::fullName).orElse(null))
            .put("dateOfDeath", (String) execution.getVariable("dateOfDeath"));
    execution.setVariable("deathExtractNo", extracts.issue(execution, extract));
  }
}
