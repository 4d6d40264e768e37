package vn.dvc.population;

import java.time.LocalDate;
import java.util.Optional;

/** A citizen as the National Population Database holds them. */
public record Citizen(
    Pin pin,
    String fullName,
    Gender gender,
    LocalDate dateOfBirth,
    Pin fatherPin,
    Pin motherPin,
    Pin spousePin,
    MaritalStatus maritalStatus,
    String householdId,
    Residence permanentResidence,
    IdCard idCard,
    boolean deceased,
    LocalDate dateOfDeath) {

  public Optional<IdCard> card() {
    return Optional.ofNullable(idCard);
  }

  public Optional<Residence> residence() {
    return Optional.ofNullable(permanentResidence);
  }
}
