package vn.dvc.registry.business;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Business registry: look up enterprises a citizen represents". Input {@code pin};
 * outputs {@code representsEnterprise} and {@code enterpriseCodes} (comma-separated).
 */
@Component("lookUpEnterprisesRepresented")
class LookUpEnterprisesRepresentedDelegate implements JavaDelegate {

  private final BusinessRegistry registry;

  LookUpEnterprisesRepresentedDelegate(BusinessRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Enterprise> enterprises =
        registry.enterprisesRepresentedBy(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "representsEnterprise", !enterprises.isEmpty());
    RegistryTasks.output(
        execution,
        "enterpriseCodes",
        enterprises.stream().map(Enterprise::enterpriseCode).collect(Collectors.joining(",")));
  }
}
