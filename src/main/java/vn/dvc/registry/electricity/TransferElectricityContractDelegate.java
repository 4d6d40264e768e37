package vn.dvc.registry.electricity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Electricity: transfer a contract to a new customer". Inputs {@code contractNo} and
 * {@code newCustomerPin}; output {@code contractNo} of the transferred contract. An unknown
 * contract is an incident: the number should come from an earlier look-up.
 */
@Component("transferElectricityContract")
class TransferElectricityContractDelegate implements JavaDelegate {

  private final ElectricityRegistry electricity;

  TransferElectricityContractDelegate(ElectricityRegistry electricity) {
    this.electricity = electricity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ElectricityContract transferred =
        electricity.transferContract(
            RegistryTasks.text(execution, "contractNo"),
            RegistryTasks.pin(execution, "newCustomerPin"),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "contractNo", transferred.contractNo());
  }
}
