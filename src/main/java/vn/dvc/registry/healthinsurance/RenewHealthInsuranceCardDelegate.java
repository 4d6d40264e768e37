package vn.dvc.registry.healthinsurance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Health insurance: renew a card". Inputs {@code cardNo} and {@code validTo} (ISO date);
 * output {@code renewedUntil}, the card's end date as the registry recorded it.
 */
@Component("renewHealthInsuranceCard")
class RenewHealthInsuranceCardDelegate implements JavaDelegate {

  private final HealthInsuranceRegistry healthInsurance;

  RenewHealthInsuranceCardDelegate(HealthInsuranceRegistry healthInsurance) {
    this.healthInsurance = healthInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    HealthInsuranceCard card =
        healthInsurance.renewCard(
            RegistryTasks.text(execution, "cardNo"),
            RegistryTasks.date(execution, "validTo"),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "renewedUntil", card.validTo().toString());
  }
}
