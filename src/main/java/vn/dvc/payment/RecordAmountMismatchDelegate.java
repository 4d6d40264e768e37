package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.PAYMENT_PROBLEM;
import static vn.dvc.payment.FeeVariables.PAYMENT_PROBLEM_DETAIL;
import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierTexts;
import vn.dvc.money.Vnd;

/**
 * The payer paid another amount than asked: the payment is not accepted as it is. States the
 * problem for the payment officer ({@code paymentProblem} AMOUNT_MISMATCH and {@code
 * paymentProblemDetail}, asked and paid amounts) and on the dossier's timeline.
 */
@Component("recordAmountMismatch")
class RecordAmountMismatchDelegate implements JavaDelegate {

  private final PaymentLedger ledger;
  private final DossierRepository dossiers;
  private final DossierTexts texts;

  RecordAmountMismatchDelegate(
      PaymentLedger ledger, DossierRepository dossiers, DossierTexts texts) {
    this.texts = texts;
    this.ledger = ledger;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = PAYMENT_REQUEST_ID.from(execution).get();
    LedgerEntry entry = ledger.requested(requestId);
    String detail =
        entry.paidAmountVnd() == null
            ? texts.vietnamese(
                "timeline.payment-amount-mismatch.unknown",
                Vnd.format(entry.amountVnd()),
                requestId,
                String.valueOf(entry.transactionRef()))
            : texts.vietnamese(
                "timeline.payment-amount-mismatch",
                Vnd.format(entry.amountVnd()),
                Vnd.format(entry.paidAmountVnd()),
                requestId,
                String.valueOf(entry.transactionRef()));
    PAYMENT_PROBLEM.on(execution).set("AMOUNT_MISMATCH");
    PAYMENT_PROBLEM_DETAIL.on(execution).set(detail);
    dossiers.addEvent(execution.getProcessBusinessKey(), "PAYMENT_AMOUNT_MISMATCH", detail);
  }
}
