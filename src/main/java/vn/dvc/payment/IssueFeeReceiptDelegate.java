package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;
import static vn.dvc.payment.FeeVariables.RECEIPT_NO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.money.Vnd;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.wallet.CitizenWallet;
import vn.dvc.registry.wallet.WalletDelivery;
import vn.dvc.time.EngineClock;

/**
 * Issues the electronic receipt of a paid request ({@code paymentRequestId}): its number, kept in
 * the ledger, the receipt on the dossier's timeline (amount, payer, dossier, procedure, its legal
 * basis, date) and in the payer's VNeID wallet. The number derives from the request, and the
 * delivery is keyed by it, so a retried job issues the same receipt once.
 */
@Component("issueFeeReceipt")
class IssueFeeReceiptDelegate implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PaymentLedger ledger;
  private final FeeProcedures procedures;
  private final DossierRepository dossiers;
  private final CitizenWallet wallet;

  IssueFeeReceiptDelegate(
      PaymentLedger ledger,
      FeeProcedures procedures,
      DossierRepository dossiers,
      CitizenWallet wallet) {
    this.ledger = ledger;
    this.procedures = procedures;
    this.dossiers = dossiers;
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = PAYMENT_REQUEST_ID.from(execution).get();
    LedgerEntry entry = ledger.requested(requestId);
    if (entry.state() != LedgerState.PAID) {
      throw new IllegalStateException(
          "A receipt is issued for a PAID request; " + requestId + " is " + entry.state());
    }
    String receiptNo =
        entry.receiptNo() != null ? entry.receiptNo() : receiptNumber(entry.requestId());
    ledger.setReceiptNo(requestId, receiptNo);
    long amount = entry.paidAmountVnd() != null ? entry.paidAmountVnd() : entry.amountVnd();
    LocalDate paidOn =
        (entry.paidAt() != null ? entry.paidAt() : EngineClock.now())
            .atZone(EngineClock.VIETNAM)
            .toLocalDate();
    Procedure procedure = procedures.of(execution);
    wallet.deliver(
        new WalletDelivery(
            Pin.of(entry.payerPin()),
            "PAYMENT_RECEIPT",
            "Biên lai điện tử thu phí, lệ phí — " + Vnd.format(amount),
            receiptNo,
            paidOn),
        IdempotencyKey.of(entry.dossierId(), "fee-receipt:" + requestId));
    dossiers.addEvent(
        entry.dossierId(),
        "FEE_RECEIPT_ISSUED",
        "Biên lai "
            + receiptNo
            + ": "
            + Vnd.format(amount)
            + ", người nộp "
            + entry.payerPin()
            + ", hồ sơ "
            + entry.dossierId()
            + ", thủ tục "
            + procedure.name().vi()
            + ", căn cứ "
            + String.join(", ", procedure.legalBasis())
            + ", ngày "
            + DAY.format(paidOn));
    RECEIPT_NO.on(execution).set(receiptNo);
  }

  /** BL-<the platform's request number>: one receipt per request, the same on every retry. */
  static String receiptNumber(String requestId) {
    return "BL-" + (requestId.startsWith("PAY-") ? requestId.substring(4) : requestId);
  }
}
