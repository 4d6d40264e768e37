package vn.dvc.procedure.deathregistration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.time.EngineClock;

/**
 * Issues the electronic death extract (trích lục khai tử điện tử) as the dossier's result,
 * referencing the civil-status record, and sets {@code deathExtractNo} for the wallet delivery. The
 * deceased's name is read from population into the result only, never into a process variable.
 */
@Component("issueDeathExtract")
class IssueDeathExtractDelegate implements JavaDelegate {

  private final DossierRepository dossiers;
  private final AdministrativeUnits units;
  private final PopulationRegistry population;
  private final ObjectMapper json;

  IssueDeathExtractDelegate(
      DossierRepository dossiers,
      AdministrativeUnits units,
      PopulationRegistry population,
      ObjectMapper json) {
    this.dossiers = dossiers;
    this.units = units;
    this.population = population;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String communeCode = (String) execution.getVariable("communeCode");
    String registrationNo = (String) execution.getVariable("deathRegistrationNo");
    Pin deceased = Pin.of((String) execution.getVariable("deceasedPin"));
    String extractNo = "TLKT-" + communeCode + "-" + registrationNo;
    ObjectNode result =
        json.createObjectNode()
            .put("outcome", "ISSUED")
            .put("document", "DEATH_EXTRACT")
            .put("extractNo", extractNo)
            .put("deathRegistrationNo", registrationNo)
            .put("registeredBy", units.commune(communeCode).map(Commune::name).orElse(communeCode))
            .put("deceasedPin", deceased.value())
            .put(
                "deceasedFullName",
                population.findCitizen(deceased).map(Citizen::fullName).orElse(null))
            .put("dateOfDeath", (String) execution.getVariable("dateOfDeath"))
            .put("issuedOn", EngineClock.today().toString());
    dossiers.setResult((String) execution.getVariable("dossierId"), result.toString());
    execution.setVariable("deathExtractNo", extractNo);
  }
}
