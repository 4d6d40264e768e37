package vn.dvc.registry.socialinsurance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Social insurance: grant the funeral allowance". Inputs {@code deceasedPin}, {@code
 * beneficiaryPin} and {@code amountVnd}; output {@code decisionNo}, the registry's number of the
 * grant. Keyed on the dossier and the task, so a retried job grants once.
 */
@Component("grantFuneralAllowance")
class GrantFuneralAllowanceDelegate implements JavaDelegate {

  private final SocialInsuranceRegistry socialInsurance;

  GrantFuneralAllowanceDelegate(SocialInsuranceRegistry socialInsurance) {
    this.socialInsurance = socialInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String amount = RegistryTasks.text(execution, "amountVnd");
    long amountVnd;
    try {
      amountVnd = Long.parseLong(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The input 'amountVnd' of task "
              + execution.getCurrentActivityId()
              + " is '"
              + amount
              + "', not a whole number of VND",
          e);
    }
    FuneralAllowance allowance =
        socialInsurance.grantFuneralAllowance(
            new FuneralAllowanceGrant(
                RegistryTasks.pin(execution, "deceasedPin"),
                RegistryTasks.pin(execution, "beneficiaryPin"),
                amountVnd),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "decisionNo", allowance.decisionNo());
  }
}
