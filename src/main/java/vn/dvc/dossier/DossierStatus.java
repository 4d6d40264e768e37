package vn.dvc.dossier;

public enum DossierStatus {
  RECEIVED,
  WAITING_FOR_DOCUMENTS,
  IN_REVIEW,
  AWAITING_SIGNATURE,
  COMPLETED,
  REFUSED,
  NOT_ACCEPTED;

  public boolean isFinal() {
    return this == COMPLETED || this == REFUSED || this == NOT_ACCEPTED;
  }
}
