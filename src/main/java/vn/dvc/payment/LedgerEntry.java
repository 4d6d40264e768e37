package vn.dvc.payment;

import java.time.Instant;

/** A payment request in our ledger, and what settled it. */
public record LedgerEntry(
    String requestId,
    String dossierId,
    long amountVnd,
    String payerPin,
    LedgerState state,
    String payUrl,
    Instant requestedAt,
    Instant deadline,
    Long paidAmountVnd,
    Instant paidAt,
    String transactionRef,
    String receiptNo) {}
