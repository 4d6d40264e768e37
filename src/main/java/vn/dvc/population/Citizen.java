package vn.dvc.population;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen as the National Population Database holds them. {@code marriedOn} is the date of the
 * current marriage when population recorded it (null for marriages entered before it kept dates).
 */
public record Citizen(
    Pin pin,
    String fullName,
    Gender gender,
    LocalDate dateOfBirth,
    Pin fatherPin,
    Pin motherPin,
    Pin spousePin,
    MaritalStatus maritalStatus,
    LocalDate marriedOn,
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
