package vn.dvc.registry.trafficfines;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Traffic fines: record the payment of a fine". Inputs {@code decisionNo} and {@code
 * paidOn} (ISO date); output {@code paid}. An unknown decision or a fine already paid is an
 * incident: the decision should come from an earlier look-up of unpaid fines.
 */
@Component("recordFinePayment")
class RecordFinePaymentDelegate implements JavaDelegate {

  private final TrafficFineRegistry fines;

  RecordFinePaymentDelegate(TrafficFineRegistry fines) {
    this.fines = fines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TrafficFine fine =
        fines.recordPayment(
            RegistryTasks.text(execution, "decisionNo"),
            RegistryTasks.date(execution, "paidOn"),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "paid", fine.paid());
  }
}
