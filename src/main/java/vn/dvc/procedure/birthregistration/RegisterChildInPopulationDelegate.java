package vn.dvc.procedure.birthregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.BirthPinLink;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.population.Citizen;
import vn.dvc.population.Newborn;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.registry.IdempotencyKey;

/**
 * Enters the child in population, which assigns the PIN, links it to the birth record, and sets
 * {@code childPin}.
 */
@Component("registerChildInPopulation")
class RegisterChildInPopulationDelegate implements JavaDelegate {

  static final String OPERATION = "population.register-newborn";

  private final PopulationRegistry population;
  private final CivilStatusRegistry civilStatus;

  RegisterChildInPopulationDelegate(
      PopulationRegistry population, CivilStatusRegistry civilStatus) {
    this.population = population;
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    String registrationNo = variables.text("birthRegistrationNo");
    Citizen child =
        population.registerNewborn(
            new Newborn(
                variables.childFullName(),
                variables.childGender(),
                variables.childDateOfBirth(),
                variables.motherPin(),
                variables.fatherPin(),
                variables.communeCode(),
                registrationNo),
            IdempotencyKey.of(variables.dossierId(), OPERATION));
    civilStatus.linkChildPin(
        new BirthPinLink(variables.communeCode(), registrationNo, child.pin()),
        IdempotencyKey.of(variables.dossierId(), "civil-status.link-child-pin"));
    execution.setVariable("childPin", child.pin().value());
  }
}
