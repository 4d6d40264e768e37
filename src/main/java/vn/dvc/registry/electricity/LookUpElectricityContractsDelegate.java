package vn.dvc.registry.electricity;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Electricity: look up the contracts of a citizen". Input {@code pin}; outputs {@code
 * hasContract} and {@code contractNos} (comma-separated).
 */
@Component("lookUpElectricityContracts")
class LookUpElectricityContractsDelegate implements JavaDelegate {

  private final ElectricityRegistry electricity;

  LookUpElectricityContractsDelegate(ElectricityRegistry electricity) {
    this.electricity = electricity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ElectricityContract> contracts =
        electricity.contractsOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "hasContract", !contracts.isEmpty());
    RegistryTasks.output(
        execution,
        "contractNos",
        contracts.stream().map(ElectricityContract::contractNo).collect(Collectors.joining(",")));
  }
}
