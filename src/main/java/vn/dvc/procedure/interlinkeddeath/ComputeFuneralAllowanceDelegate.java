package vn.dvc.procedure.interlinkeddeath;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.benefits.BaseSalary;

/**
 * The amount of the funeral allowance: the configured multiple of the base salary in force on the
 * date of death (the day the right arises, whatever the day the dossier is decided). Sets {@code
 * baseSalaryVnd} and {@code funeralAllowanceVnd}. Kept out of the eligibility DMN: the amount is
 * configuration with effective dates, not a rule an analyst edits per dossier.
 */
@Component("computeFuneralAllowance")
class ComputeFuneralAllowanceDelegate implements JavaDelegate {

  private final BaseSalary baseSalary;
  private final FuneralAllowanceProperties properties;

  ComputeFuneralAllowanceDelegate(BaseSalary baseSalary, FuneralAllowanceProperties properties) {
    this.baseSalary = baseSalary;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate dateOfDeath = LocalDate.parse((String) execution.getVariable("dateOfDeath"));
    long base = baseSalary.amountVndOn(dateOfDeath);
    execution.setVariable("baseSalaryVnd", base);
    execution.setVariable("funeralAllowanceVnd", base * properties.baseSalaryMultiple());
  }
}
