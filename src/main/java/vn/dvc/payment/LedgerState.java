package vn.dvc.payment;

/** Where a payment request stands in our ledger. */
public enum LedgerState {
  /** Requested; the dossier waits for the platform's confirmation. */
  AWAITING,
  /** Confirmed with the amount asked: the one payment of this request. */
  PAID,
  /** Confirmed with another amount: not accepted, with an officer. */
  AMOUNT_MISMATCH,
  /** Not paid by the deadline; the request was withdrawn at the platform. */
  EXPIRED,
  /** Withdrawn for another reason (the officer asked for a new request). */
  CANCELLED
}
