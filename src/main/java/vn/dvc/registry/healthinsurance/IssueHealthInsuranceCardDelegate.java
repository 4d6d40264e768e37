package vn.dvc.registry.healthinsurance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Health insurance: issue a card". Inputs {@code holderPin}, {@code category}, optional
 * {@code householdId}, {@code validFrom} and {@code validTo} (ISO dates; the registry decides the
 * period when they are empty); output {@code healthCardNo}.
 */
@Component("issueHealthInsuranceCard")
class IssueHealthInsuranceCardDelegate implements JavaDelegate {

  private final HealthInsuranceRegistry healthInsurance;

  IssueHealthInsuranceCardDelegate(HealthInsuranceRegistry healthInsurance) {
    this.healthInsurance = healthInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HealthCardIssue request =
        new HealthCardIssue(
            RegistryTasks.pin(execution, "holderPin"),
            RegistryTasks.optionalText(execution, "householdId"),
            HealthInsuranceCategory.valueOf(RegistryTasks.text(execution, "category")),
            RegistryTasks.optionalDate(execution, "validFrom"),
            RegistryTasks.optionalDate(execution, "validTo"));
    HealthInsuranceCard card =
        healthInsurance.issueCard(request, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "healthCardNo", card.cardNo());
  }
}
