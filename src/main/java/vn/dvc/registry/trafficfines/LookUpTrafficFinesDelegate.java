package vn.dvc.registry.trafficfines;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Traffic fines: look up the unpaid fines of a citizen". Input {@code pin}; outputs
 * {@code hasUnpaidFines}, {@code unpaidDecisionNos} (comma-separated) and {@code unpaidAmountVnd}.
 */
@Component("lookUpTrafficFines")
class LookUpTrafficFinesDelegate implements JavaDelegate {

  private final TrafficFineRegistry fines;

  LookUpTrafficFinesDelegate(TrafficFineRegistry fines) {
    this.fines = fines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<TrafficFine> unpaid =
        fines.finesOf(RegistryTasks.pin(execution, "pin")).stream()
            .filter(fine -> !fine.paid())
            .toList();
    RegistryTasks.output(execution, "hasUnpaidFines", !unpaid.isEmpty());
    RegistryTasks.output(
        execution,
        "unpaidDecisionNos",
        unpaid.stream().map(TrafficFine::decisionNo).collect(Collectors.joining(",")));
    RegistryTasks.output(
        execution, "unpaidAmountVnd", unpaid.stream().mapToLong(TrafficFine::amountVnd).sum());
  }
}
