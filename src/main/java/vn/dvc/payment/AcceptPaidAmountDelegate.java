package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The payment officer accepted a payment of another amount: the ledger entry becomes the request's
 * one payment (AMOUNT_MISMATCH to PAID), for which the receipt is then issued.
 */
@Component("acceptPaidAmount")
class AcceptPaidAmountDelegate implements JavaDelegate {

  private final PaymentLedger ledger;

  AcceptPaidAmountDelegate(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = PAYMENT_REQUEST_ID.from(execution).get();
    if (!ledger.move(requestId, LedgerState.AMOUNT_MISMATCH, LedgerState.PAID)) {
      LedgerState state = ledger.find(requestId).map(LedgerEntry::state).orElse(null);
      if (state != LedgerState.PAID) {
        throw new IllegalStateException(
            "Only a payment of another amount can be accepted; " + requestId + " is " + state);
      }
    }
  }
}
