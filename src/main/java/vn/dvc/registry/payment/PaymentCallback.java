package vn.dvc.registry.payment;

import java.time.Instant;

/**
 * What the platform posts to our confirmation endpoint when something happens to a request, signed
 * with {@link PaymentCallbackSignature}. {@code callbackId} is unique per event (a resend of the
 * same event keeps it); {@code sequence} orders the events of one request; {@code amountVnd} is
 * what was paid (PAID), otherwise the amount asked.
 */
public record PaymentCallback(
    String callbackId,
    String requestId,
    String dossierId,
    Event event,
    long amountVnd,
    String transactionRef,
    Instant occurredAt,
    long sequence) {

  public enum Event {
    PAID,
    /** The payer's bank or wallet refused one attempt; the request stays open. */
    DECLINED,
    EXPIRED
  }
}
