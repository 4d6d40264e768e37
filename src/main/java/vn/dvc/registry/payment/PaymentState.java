package vn.dvc.registry.payment;

/** Where a payment request stands at the platform. */
public enum PaymentState {
  /** Open: the payer may pay (again, after a declined attempt). */
  PENDING,
  PAID,
  /** Not paid before its expiry. */
  EXPIRED,
  /** Withdrawn by us. */
  CANCELLED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
