package vn.dvc.procedure.birthregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.civilstatus.Marriage;
import vn.dvc.population.Pin;

/** Sets {@code parentsMarriageNo}: the civil-status marriage between the parents, or null. */
@Component("lookUpParentsMarriage")
class LookUpParentsMarriageDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  LookUpParentsMarriageDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    Pin mother = variables.motherPin();
    Pin father = variables.fatherPin();
    String marriageNo =
        mother == null || father == null
            ? null
            : civilStatus.marriagesOf(mother).stream()
                .filter(Marriage::isOpen)
                .filter(m -> m.isBetween(mother, father))
                .map(Marriage::registrationNo)
                .findFirst()
                .orElse(null);
    execution.setVariable("parentsMarriageNo", marriageNo);
  }
}
