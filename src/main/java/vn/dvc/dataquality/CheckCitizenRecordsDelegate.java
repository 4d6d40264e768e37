package vn.dvc.dataquality;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Data quality: check a citizen's records". Input {@code pin}; records on the dossier
 * (the process's business key) what is inconsistent between the citizen's population record and
 * civil status, for the officer to verify, and outputs {@code dataIssueCount}. The issues stay on
 * the dossier, not in variables: they quote names and addresses. A PIN population does not hold is
 * an incident, as there is no record to check: the PIN should come from an earlier look-up.
 */
@Component("checkCitizenRecords")
class CheckCitizenRecordsDelegate implements JavaDelegate {

  private final PopulationRegistry population;
  private final CitizenRecordChecks checks;
  private final DossierDataIssues dossiers;

  CheckCitizenRecordsDelegate(
      PopulationRegistry population, CitizenRecordChecks checks, DossierDataIssues dossiers) {
    this.population = population;
    this.checks = checks;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pin pin = RegistryTasks.pin(execution, "pin");
    Citizen citizen =
        population
            .findCitizen(pin)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Task "
                            + execution.getCurrentActivityId()
                            + ": population holds no citizen "
                            + pin
                            + " to check"));
    List<DataIssue> issues = checks.check(citizen);
    dossiers.addDataIssues(RegistryTasks.dossierCode(execution), issues);
    RegistryTasks.output(execution, "dataIssueCount", issues.size());
  }
}
