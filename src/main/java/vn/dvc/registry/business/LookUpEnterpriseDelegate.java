package vn.dvc.registry.business;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Business registry: look up an enterprise". Input {@code enterpriseCode}; outputs {@code
 * found}, and when found {@code hasSeal}, {@code communeCode} and {@code legalRepresentativePin}
 * (null otherwise, so that no decision mistakes an unknown enterprise for one without a seal).
 */
@Component("lookUpEnterprise")
class LookUpEnterpriseDelegate implements JavaDelegate {

  private final BusinessRegistry registry;

  LookUpEnterpriseDelegate(BusinessRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Enterprise> enterprise =
        registry.findEnterprise(RegistryTasks.text(execution, "enterpriseCode"));
    RegistryTasks.output(execution, "found", enterprise.isPresent());
    RegistryTasks.output(execution, "hasSeal", enterprise.map(Enterprise::hasSeal).orElse(null));
    RegistryTasks.output(
        execution, "communeCode", enterprise.map(Enterprise::communeCode).orElse(null));
    RegistryTasks.output(
        execution,
        "legalRepresentativePin",
        enterprise.map(e -> e.legalRepresentativePin().value()).orElse(null));
  }
}
