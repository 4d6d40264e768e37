package vn.dvc.registry.land;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a parcel's owners change: the kind of change, the notarized contract (or inheritance
 * document) it rests on when notarization holds one, and the date the land registration office
 * registers it, which the registry keeps in the parcel's history of changes.
 *
 * @param contractNo null when the contract was supplied on paper, not found in notarization
 */
public record OwnerChange(LandChangeType type, String contractNo, LocalDate registeredOn) {

  public OwnerChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(registeredOn, "registeredOn");
  }
}
