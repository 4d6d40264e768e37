package vn.dvc.dossier;

import java.time.Instant;

/**
 * Published inside the engine's transaction whenever a process listener sets the status; {@code
 * previous} is the status before, which may be the same (a verification and then a review are both
 * IN_REVIEW).
 */
public record DossierStatusChanged(
    String dossierId, DossierStatus previous, DossierStatus status, Instant at) {

  public boolean isChange() {
    return previous != status;
  }
}
