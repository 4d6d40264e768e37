package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Social insurance: look up unemployment-insurance contributions". Input {@code pin};
 * outputs {@code insured}, {@code contributionMonthsLast24} (0 for someone never insured), {@code
 * contractEndedOn} (ISO date, null while the contract runs or without contributions) and {@code
 * averageMonthlySalaryVnd} (null without contributions), the facts the benefit decision needs.
 */
@Component("lookUpUnemploymentInsurance")
class LookUpUnemploymentInsuranceDelegate implements JavaDelegate {

  private final SocialInsuranceRegistry socialInsurance;

  LookUpUnemploymentInsuranceDelegate(SocialInsuranceRegistry socialInsurance) {
    this.socialInsurance = socialInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<UnemploymentInsuranceRecord> record =
        socialInsurance.unemploymentInsuranceOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "insured", record.isPresent());
    RegistryTasks.output(
        execution,
        "contributionMonthsLast24",
        record.map(UnemploymentInsuranceRecord::contributionMonthsLast24).orElse(0));
    RegistryTasks.output(
        execution,
        "contractEndedOn",
        record
            .map(UnemploymentInsuranceRecord::contractEndedOn)
            .map(Object::toString)
            .orElse(null));
    RegistryTasks.output(
        execution,
        "averageMonthlySalaryVnd",
        record.map(UnemploymentInsuranceRecord::averageMonthlySalaryVnd).orElse(null));
  }
}
