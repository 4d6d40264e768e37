package vn.dvc.registry.payment;

import java.time.Instant;
import vn.dvc.population.Pin;

/**
 * A payment request as the platform holds it. {@code payUrl} is where the payer pays; {@code
 * paidAmountVnd}, {@code paidAt} and {@code transactionRef} are set once it is paid.
 */
public record PaymentRequest(
    String requestId,
    String dossierId,
    long amountVnd,
    Pin payerPin,
    String description,
    PaymentState state,
    String payUrl,
    Instant expiresAt,
    Long paidAmountVnd,
    Instant paidAt,
    String transactionRef) {}
