package vn.dvc.registry.consent;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "VNeID: look up a consent". Inputs {@code grantorPin}, {@code purpose} and, optionally,
 * {@code granteePin}; outputs {@code consentGiven} and {@code consentId} (null when none).
 */
@Component("lookUpConsent")
class LookUpConsentDelegate implements JavaDelegate {

  private final ConsentRegistry consents;

  LookUpConsentDelegate(ConsentRegistry consents) {
    this.consents = consents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Consent> consent =
        consents.findConsent(
            RegistryTasks.pin(execution, "grantorPin"),
            RegistryTasks.text(execution, "purpose"),
            RegistryTasks.optionalPin(execution, "granteePin"));
    RegistryTasks.output(execution, "consentGiven", consent.isPresent());
    RegistryTasks.output(execution, "consentId", consent.map(Consent::consentId).orElse(null));
  }
}
