package vn.dvc.registry.wallet;

import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A message to a citizen's VNeID app about their dossier: its code, the status it reached and the
 * sentence the citizen reads.
 */
public record CitizenNotification(
    Pin recipientPin, String dossierId, String status, String message) {
  public CitizenNotification {
    Objects.requireNonNull(recipientPin, "recipientPin");
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(message, "message");
  }
}
