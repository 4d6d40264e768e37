package vn.dvc.registry.payment;

import java.time.LocalDate;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.registry.IdempotencyKey;

/**
 * Port to the payment platform. Amounts are whole Vietnamese đồng: the đồng has no subunit in use,
 * and money never passes through floating point.
 */
@AuditedRegistry("payment-platform")
public interface PaymentPlatform {

  /**
   * Asks the platform to collect an amount for a dossier; the answer carries the address where the
   * payer pays. Made once per key: a retried job gets the request made the first time.
   */
  PaymentRequest requestPayment(NewPaymentRequest request, IdempotencyKey key);

  /** The request as the platform holds it now. */
  Optional<PaymentRequest> findRequest(String requestId);

  /**
   * Withdraws a request that is still open, so that nobody can pay it any more. Once per key;
   * cancelling a request already cancelled or expired answers it as it is.
   *
   * @throws vn.dvc.registry.RegistryRejectedRequestException with status 409 when it is paid
   * @throws vn.dvc.registry.RegistryRecordNotFoundException when the platform has no such request
   */
  PaymentRequest cancel(String requestId, IdempotencyKey key);

  /** What the platform settled on a day (in Vietnam), for the daily reconciliation. */
  PaymentStatement statement(LocalDate day);
}
