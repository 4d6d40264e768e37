package vn.dvc.procedure.trafficfinepayment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.payment.LedgerEntry;
import vn.dvc.payment.PaymentLedger;
import vn.dvc.time.EngineClock;

/**
 * Sets {@code finePaidOn}, the day the fines were paid as the registry records it (ISO date in
 * Vietnam): when the platform's payment settled the dossier's request ({@code paymentRequestId}),
 * not when the dossier got round to writing it back.
 */
@Component("readFinePaymentDate")
class ReadFinePaymentDateListener implements ExecutionListener {

  private final PaymentLedger ledger;

  ReadFinePaymentDateListener(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String requestId = (String) execution.getVariable("paymentRequestId");
    LedgerEntry entry = ledger.requested(requestId);
    if (entry.paidAt() == null) {
      throw new IllegalStateException(
          "Payment request " + requestId + " is " + entry.state() + ", not paid");
    }
    execution.setVariable(
        "finePaidOn", entry.paidAt().atZone(EngineClock.VIETNAM).toLocalDate().toString());
  }
}
