package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Social insurance: look up a person's insurance history". Input {@code pin}; outputs
 * {@code insured} (social insurance knows the person), {@code contributionMonths} (0 for someone
 * never insured) and {@code pensioner}, the facts survivors' benefits are decided on.
 */
@Component("lookUpSocialInsuranceHistory")
class LookUpSocialInsuranceHistoryDelegate implements JavaDelegate {

  private final SocialInsuranceRegistry socialInsurance;

  LookUpSocialInsuranceHistoryDelegate(SocialInsuranceRegistry socialInsurance) {
    this.socialInsurance = socialInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<SocialInsuranceHistory> history =
        socialInsurance.historyOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "insured", history.isPresent());
    RegistryTasks.output(
        execution,
        "contributionMonths",
        history.map(SocialInsuranceHistory::contributionMonths).orElse(0));
    RegistryTasks.output(
        execution, "pensioner", history.map(SocialInsuranceHistory::pensioner).orElse(false));
  }
}
