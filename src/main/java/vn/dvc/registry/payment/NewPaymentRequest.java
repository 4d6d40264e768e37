package vn.dvc.registry.payment;

import java.time.Instant;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A request to collect {@code amountVnd} from {@code payerPin} for a dossier, payable until {@code
 * expiresAt}; {@code description} is what the payer reads at the bank.
 */
public record NewPaymentRequest(
    String dossierId, long amountVnd, Pin payerPin, String description, Instant expiresAt) {

  public NewPaymentRequest {
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(payerPin, "payerPin");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (amountVnd <= 0) {
      throw new IllegalArgumentException("A payment request asks for a positive amount");
    }
  }
}
