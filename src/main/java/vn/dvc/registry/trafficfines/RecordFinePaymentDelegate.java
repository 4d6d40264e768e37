package vn.dvc.registry.trafficfines;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Traffic fines: record the payment of a fine". Inputs {@code decisionNo} and {@code
 * paidOn} (ISO date); output {@code paid}. An unknown decision is an incident: the decision should
 * come from an earlier look-up. A fine the registry already holds as paid (paid elsewhere since the
 * dossier was filed) is the BPMN error {@code REGISTRY_REFUSED}: money was collected for it, which
 * an officer must resolve. Keyed by dossier, task and decision, so that a multi-instance task
 * paying several fines records each once.
 */
@Component("recordFinePayment")
class RecordFinePaymentDelegate implements JavaDelegate {

  static final String REGISTRY_REFUSED = "REGISTRY_REFUSED";

  private final TrafficFineRegistry fines;

  RecordFinePaymentDelegate(TrafficFineRegistry fines) {
    this.fines = fines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNo = RegistryTasks.text(execution, "decisionNo");
    IdempotencyKey key =
        IdempotencyKey.of(
            RegistryTasks.dossierCode(execution),
            execution.getCurrentActivityId() + ":" + decisionNo);
    TrafficFine fine;
    try {
      fine = fines.recordPayment(decisionNo, RegistryTasks.date(execution, "paidOn"), key);
    } catch (RegistryRejectedRequestException e) {
      if (e.status() != 409) {
        throw e;
      }
      throw new BpmnError(
          REGISTRY_REFUSED,
          "Cơ sở dữ liệu xử phạt từ chối ghi nhận đã nộp phạt quyết định "
              + decisionNo
              + ": khoản phạt đã được ghi nhận là đã nộp trước đó.");
    }
    RegistryTasks.output(execution, "paid", fine.paid());
  }
}
