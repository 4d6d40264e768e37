package vn.dvc.registry.electricity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Electricity: open a contract for a new connection". Inputs {@code customerPin}, {@code
 * communeCode}, {@code address}; output {@code contractNo}, the number the registry gave.
 */
@Component("openElectricityContract")
class OpenElectricityContractDelegate implements JavaDelegate {

  private final ElectricityRegistry electricity;

  OpenElectricityContractDelegate(ElectricityRegistry electricity) {
    this.electricity = electricity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ElectricityContract opened =
        electricity.openContract(
            new NewElectricityContract(
                RegistryTasks.pin(execution, "customerPin"),
                RegistryTasks.text(execution, "communeCode"),
                RegistryTasks.text(execution, "address")),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "contractNo", opened.contractNo());
  }
}
