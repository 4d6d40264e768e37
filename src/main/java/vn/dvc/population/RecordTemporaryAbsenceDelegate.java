package vn.dvc.population;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Population: record a temporary absence". Inputs {@code pin}, {@code absentFrom}, {@code
 * absentUntil} (ISO dates), {@code destinationCommuneCode} or {@code abroadCountry}, and {@code
 * reason}; output {@code absenceNo}, the number population gives the absence. A PIN population does
 * not hold, or a citizen without a permanent residence, is an incident.
 */
@Component("recordTemporaryAbsence")
class RecordTemporaryAbsenceDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  RecordTemporaryAbsenceDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AbsenceDeclaration declaration =
        new AbsenceDeclaration(
            RegistryTasks.date(execution, "absentFrom"),
            RegistryTasks.date(execution, "absentUntil"),
            RegistryTasks.optionalText(execution, "destinationCommuneCode"),
            RegistryTasks.optionalText(execution, "abroadCountry"),
            RegistryTasks.optionalText(execution, "reason"));
    TemporaryAbsence absence =
        population.recordTemporaryAbsence(
            RegistryTasks.pin(execution, "pin"), declaration, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "absenceNo", absence.absenceNo());
  }
}
