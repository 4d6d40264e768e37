package vn.dvc.dossier;

import java.time.Instant;
import vn.dvc.dossier.DossierRepository.DossierRow;

/** A dossier as the list answers it: enough to find it, without its documents and timeline. */
record DossierSummaryView(
    String id,
    String procedure,
    DossierStatus status,
    String applicantPin,
    String communeCode,
    Instant receivedAt,
    Instant dueDate) {

  static DossierSummaryView of(DossierRow row) {
    return new DossierSummaryView(
        row.id(),
        row.procedureKey(),
        row.status(),
        row.applicantPin(),
        row.communeCode(),
        row.receivedAt(),
        row.dueDate());
  }
}
