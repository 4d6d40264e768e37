package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.DEADLINE_OUTCOME;
import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierTexts;
import vn.dvc.money.Vnd;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.registry.payment.PaymentPlatform;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.registry.payment.PaymentState;

/**
 * The payment deadline passed without a confirmation: withdraws the request at the platform, so
 * that nobody pays it any more, and enters it EXPIRED, all under the ledger entry's lock so that a
 * confirmation arriving at the same moment waits and then finds the entry no longer AWAITING. When
 * the platform refuses to withdraw it because it was paid at the last moment (409), the payment is
 * not lost: the entry is settled from the platform's record, and the block goes on to the receipt
 * (or to the payment officer when the amount differs). Sets {@code paymentDeadlineOutcome}:
 * EXPIRED, PAID or AMOUNT_MISMATCH.
 */
@Component("expireFeePayment")
class ExpireFeePaymentDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(ExpireFeePaymentDelegate.class);

  private final PaymentLedger ledger;
  private final PaymentPlatform platform;
  private final DossierRepository dossiers;
  private final DossierTexts texts;

  ExpireFeePaymentDelegate(
      PaymentLedger ledger,
      PaymentPlatform platform,
      DossierRepository dossiers,
      DossierTexts texts) {
    this.texts = texts;
    this.ledger = ledger;
    this.platform = platform;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = PAYMENT_REQUEST_ID.from(execution).get();
    LedgerEntry entry = ledger.lockRequested(requestId);
    String outcome =
        switch (entry.state()) {
          case AWAITING -> withdraw(entry, execution);
          // Settled by a confirmation whose message found the block gone: keep what it settled.
          case PAID -> LedgerState.PAID.name();
          case AMOUNT_MISMATCH -> LedgerState.AMOUNT_MISMATCH.name();
          case EXPIRED, CANCELLED -> LedgerState.EXPIRED.name();
        };
    DEADLINE_OUTCOME.on(execution).set(outcome);
  }

  private String withdraw(LedgerEntry entry, DelegateExecution execution) {
    PaymentRequest request;
    try {
      request =
          platform.cancel(
              entry.requestId(),
              IdempotencyKey.of(entry.dossierId(), execution.getCurrentActivityId()));
    } catch (RegistryRejectedRequestException refused) {
      if (refused.status() != 409) {
        throw refused;
      }
      request =
          platform
              .findRequest(entry.requestId())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The platform refused to withdraw "
                              + entry.requestId()
                              + " as paid"
                              + " but does not know it"));
    }
    if (request.state() == PaymentState.PAID) {
      return settleFromPlatform(entry, request);
    }
    ledger.move(entry.requestId(), LedgerState.AWAITING, LedgerState.EXPIRED);
    dossiers.addEvent(
        entry.dossierId(),
        "PAYMENT_EXPIRED",
        texts.vietnamese(
            "timeline.payment-expired", Vnd.format(entry.amountVnd()), entry.requestId()));
    return LedgerState.EXPIRED.name();
  }

  private String settleFromPlatform(LedgerEntry entry, PaymentRequest request) {
    long paid = request.paidAmountVnd() != null ? request.paidAmountVnd() : request.amountVnd();
    LedgerState state = paid == entry.amountVnd() ? LedgerState.PAID : LedgerState.AMOUNT_MISMATCH;
    ledger.settle(entry.requestId(), state, paid, request.paidAt(), request.transactionRef());
    log.info("Payment {} was paid at its deadline; settled from the platform", entry.requestId());
    dossiers.addEvent(
        entry.dossierId(),
        "PAYMENT_CONFIRMED",
        texts.vietnamese(
            "timeline.payment-confirmed",
            Vnd.format(paid),
            entry.requestId(),
            String.valueOf(request.transactionRef())));
    return state.name();
  }
}
