package vn.dvc.dossier;

public enum DossierStatus {
  RECEIVED,
  WAITING_FOR_DOCUMENTS,
  /** The fee is asked; the dossier waits for the payment platform's confirmation, clock stopped. */
  AWAITING_PAYMENT,
  IN_REVIEW,
  AWAITING_SIGNATURE,
  COMPLETED,
  REFUSED,
  NOT_ACCEPTED;

  public boolean isFinal() {
    return this == COMPLETED || this == REFUSED || this == NOT_ACCEPTED;
  }
}
