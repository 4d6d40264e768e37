package vn.dvc.registry.wallet;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A document to deliver into a citizen's wallet: its type (e.g. BIRTH_EXTRACT), the title the
 * citizen sees, the reference of the issued document (e.g. the registration number) and its date.
 */
public record WalletDelivery(
    Pin holderPin, String documentType, String title, String reference, LocalDate issuedOn) {

  public WalletDelivery {
    Objects.requireNonNull(holderPin, "holderPin");
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }
}
