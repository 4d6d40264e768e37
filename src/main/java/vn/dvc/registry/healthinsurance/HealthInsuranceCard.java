package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/** A health-insurance card; {@code householdId} is null for a card not bought by a household. */
public record HealthInsuranceCard(
    String cardNo,
    Pin holderPin,
    String householdId,
    HealthInsuranceCategory category,
    LocalDate validFrom,
    LocalDate validTo) {

  public HealthInsuranceCard {
    Objects.requireNonNull(cardNo, "cardNo");
    Objects.requireNonNull(holderPin, "holderPin");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validTo, "validTo");
  }

  /** Whether the card covers {@code day}; both ends of the period are covered. */
  public boolean coversDay(LocalDate day) {
    return !day.isBefore(validFrom) && !day.isAfter(validTo);
  }
}
