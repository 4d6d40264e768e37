package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.FEE_AMOUNT_VND;
import static vn.dvc.payment.FeeVariables.PAYER_PIN;
import static vn.dvc.payment.FeeVariables.PAYMENT_DEADLINE;
import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierTexts;
import vn.dvc.dossier.DossierVariables;
import vn.dvc.money.Vnd;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.payment.NewPaymentRequest;
import vn.dvc.registry.payment.PaymentPlatform;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.registry.wallet.CitizenNotification;
import vn.dvc.registry.wallet.CitizenWallet;
import vn.dvc.time.EngineClock;

/**
 * Asks the payment platform to collect the dossier's fee ({@code feeAmountVnd}) from the payer
 * ({@code payerPin}, else the applicant), payable for {@code dvc.payments.payment-period}; enters
 * the request in the ledger, sets {@code paymentRequestId} (which the confirmations are correlated
 * with) and {@code paymentDeadline}, and tells the payer in the VNeID app what to pay, by when and
 * where. Keyed by dossier and task, so a retried job finds the request made the first time and
 * notifies once.
 */
@Component("requestFeePayment")
class RequestFeePaymentDelegate implements JavaDelegate {

  static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(EngineClock.VIETNAM);

  private final PaymentPlatform platform;
  private final PaymentLedger ledger;
  private final PaymentsProperties properties;
  private final FeeProcedures procedures;
  private final DossierRepository dossiers;
  private final DossierTexts texts;
  private final CitizenWallet wallet;

  RequestFeePaymentDelegate(
      PaymentPlatform platform,
      PaymentLedger ledger,
      PaymentsProperties properties,
      FeeProcedures procedures,
      DossierRepository dossiers,
      CitizenWallet wallet,
      DossierTexts texts) {
    this.texts = texts;
    this.platform = platform;
    this.ledger = ledger;
    this.properties = properties;
    this.procedures = procedures;
    this.dossiers = dossiers;
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    long amount = FEE_AMOUNT_VND.from(execution).get();
    String payer = PAYER_PIN.from(execution).getOrNull();
    Pin payerPin =
        Pin.of(payer != null ? payer : DossierVariables.APPLICANT_PIN.from(execution).get());
    Procedure procedure = procedures.of(execution);
    Instant expiresAt =
        EngineClock.now().atZone(EngineClock.VIETNAM).plus(properties.paymentPeriod()).toInstant();
    PaymentRequest request =
        platform.requestPayment(
            new NewPaymentRequest(
                dossierId,
                amount,
                payerPin,
                "Phí, lệ phí thủ tục " + procedure.name().vi() + ", hồ sơ " + dossierId,
                expiresAt),
            IdempotencyKey.of(dossierId, execution.getCurrentActivityId()));
    // A retried job gets the first request back, with the expiry set the first time.
    Instant deadline = request.expiresAt();
    ledger.open(request, deadline);
    PAYMENT_REQUEST_ID.on(execution).set(request.requestId());
    PAYMENT_DEADLINE.on(execution).set(Date.from(deadline));
    dossiers.addEvent(
        dossierId,
        "PAYMENT_REQUESTED",
        texts.vietnamese(
            "timeline.payment-requested",
            Vnd.format(request.amountVnd()),
            request.requestId(),
            DEADLINE.format(deadline)));
    wallet.notify(
        new CitizenNotification(
            payerPin,
            dossierId,
            "AWAITING_PAYMENT",
            "Hồ sơ "
                + dossierId
                + " ("
                + procedure.name().vi()
                + "): vui lòng nộp "
                + Vnd.format(request.amountVnd())
                + " phí, lệ phí trước "
                + DEADLINE.format(deadline)
                + " tại "
                + request.payUrl()
                + ". Quá hạn, hồ sơ không được tiếp nhận."),
        IdempotencyKey.of(dossierId, "fee-payment-notice:" + request.requestId()));
  }
}
