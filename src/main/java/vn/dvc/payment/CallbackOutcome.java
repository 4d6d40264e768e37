package vn.dvc.payment;

import org.springframework.http.HttpStatus;

/**
 * What became of a callback posted to the confirmation endpoint, with the status it is answered.
 * Only {@link #SETTLED_PAID} and {@link #SETTLED_AMOUNT_DIFFERS} change the ledger; {@link
 * #DECLINED} adds to the dossier's timeline and tells the payer; every other outcome changes
 * nothing but the callback log.
 */
enum CallbackOutcome {
  /** Paid with the amount asked: the request's one payment, and the dossier moves on. */
  SETTLED_PAID(HttpStatus.OK),
  /** Paid with another amount: not accepted, settled as such and sent to an officer. */
  SETTLED_AMOUNT_DIFFERS(HttpStatus.OK),
  /** One attempt refused by the bank or wallet; the request stays open until its deadline. */
  DECLINED(HttpStatus.OK),
  /** The platform let the request expire; our own deadline timer decides what that means. */
  EXPIRED_AT_PLATFORM(HttpStatus.OK),
  /** The same event again (same callbackId): answered as the first time. */
  DUPLICATE(HttpStatus.OK),
  /** An older event than one already seen, or anything after the request was settled. */
  OUT_OF_ORDER(HttpStatus.OK),
  /** For a request we already expired or cancelled: the reconciliation lists the money. */
  LATE(HttpStatus.OK),
  /** No such request in our ledger (yet): 404, so that the platform retries later. */
  UNKNOWN_REQUEST(HttpStatus.NOT_FOUND),
  /** The callback names another dossier than the request's. */
  DOSSIER_MISMATCH(HttpStatus.UNPROCESSABLE_ENTITY),
  /** Missing or wrong signature. */
  FORGED(HttpStatus.UNAUTHORIZED),
  /** Signed timestamp missing, unreadable or outside the tolerance. */
  STALE(HttpStatus.UNAUTHORIZED),
  /** Signed, but not a callback we can read. */
  MALFORMED(HttpStatus.BAD_REQUEST),
  /** Larger than any callback. */
  TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
  /**
   * The ledger awaits the payment but no process waits for its message: everything rolled back, 503
   * so that the platform retries, rather than a ledger that says paid while the dossier stands.
   */
  NO_PROCESS_WAITING(HttpStatus.SERVICE_UNAVAILABLE),
  /** Processing failed (a concurrent change, a failing step): rolled back, 503 to retry. */
  FAILED(HttpStatus.SERVICE_UNAVAILABLE);

  private final HttpStatus status;

  CallbackOutcome(HttpStatus status) {
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  /** A callback answered 200 was dealt with for good: its callbackId is then taken. */
  boolean claimsCallbackId() {
    return status == HttpStatus.OK && this != DUPLICATE;
  }
}
