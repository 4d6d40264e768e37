package vn.dvc.procedure.temporaryabsencedeclaration;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Issues the electronic confirmation of the temporary absence as the dossier's result, citing the
 * absence population recorded, and sets {@code confirmationNo} for the wallet delivery. The
 * declarant's name is read from population into the result only. To be replaced by the shared
 * "issue result" step once it is on main.
 */
@Component("issueAbsenceConfirmation")
class IssueAbsenceConfirmationDelegate implements JavaDelegate {

  private final ElectronicExtracts extracts;
  private final PopulationRegistry population;
  private final AdministrativeUnits units;

  IssueAbsenceConfirmationDelegate(
      ElectronicExtracts extracts, PopulationRegistry population, AdministrativeUnits units) {
    this.extracts = extracts;
    this.population = population;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String communeCode = (String) execution.getVariable("communeCode");
    Pin applicant = Pin.of((String) execution.getVariable("applicantPin"));
    ObjectNode confirmation =
        extracts
            .draft(
                "TEMPORARY_ABSENCE_CONFIRMATION",
                "XNTV",
                communeCode,
                "absenceNo",
                (String) execution.getVariable("absenceNo"))
            .put(
                "registeredBy",
                "Công an " + units.commune(communeCode).map(Commune::name).orElse(communeCode))
            .put("declarantPin", applicant.value())
            .put(
                "declarantFullName",
                population.findCitizen(applicant).map(Citizen::fullName).orElse(null))
            .put("absentFrom", (String) execution.getVariable("absentFrom"))
            .put("absentUntil", (String) execution.getVariable("absentUntil"))
            .put("destinationCommuneCode", (String) execution.getVariable("destinationCommuneCode"))
            .put("abroadCountry", (String) execution.getVariable("abroadCountry"));
    execution.setVariable("confirmationNo", extracts.issue(execution, confirmation));
  }
}
