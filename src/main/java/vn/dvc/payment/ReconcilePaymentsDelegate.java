package vn.dvc.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.time.EngineClock;

/**
 * Service task of {@code reconcile-payments}: reconciles the previous day in Vietnam (the timer
 * fires in the morning, once the platform's statement of the day before is complete).
 */
@Component("reconcilePayments")
class ReconcilePaymentsDelegate implements JavaDelegate {

  private final PaymentReconciliation reconciliation;

  ReconcilePaymentsDelegate(PaymentReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The report is stored, not kept in variables: finance officers read it over REST.
    reconciliation.reconcile(EngineClock.today().minusDays(1));
  }
}
