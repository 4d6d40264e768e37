package vn.dvc.registry.notarization;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Notarization: look up contracts a citizen is party to". Inputs {@code pin} and,
 * optionally, {@code contractType} (e.g. LAND_TRANSFER, RENTAL); outputs {@code hasContract} and
 * {@code contractNos} (comma-separated).
 */
@Component("lookUpNotarizedContracts")
class LookUpNotarizedContractsDelegate implements JavaDelegate {

  private final NotarizationRegistry notarization;

  LookUpNotarizedContractsDelegate(NotarizationRegistry notarization) {
    this.notarization = notarization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = RegistryTasks.optionalText(execution, "contractType");
    List<NotarizedContract> contracts =
        notarization.contractsOf(RegistryTasks.pin(execution, "pin")).stream()
            .filter(c -> type == null || c.contractType().equalsIgnoreCase(type))
            .toList();
    RegistryTasks.output(execution, "hasContract", !contracts.isEmpty());
    RegistryTasks.output(
        execution,
        "contractNos",
        contracts.stream().map(NotarizedContract::contractNo).collect(Collectors.joining(",")));
  }
}
