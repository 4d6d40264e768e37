package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A request for a new card. The period may be left out (null): the registry then decides it, from
 * its today for one year, as social security does when a procedure does not ask for a period.
 */
public record HealthCardIssue(
    Pin holderPin,
    String householdId,
    HealthInsuranceCategory category,
    LocalDate validFrom,
    LocalDate validTo) {

  public HealthCardIssue {
    Objects.requireNonNull(holderPin, "holderPin");
    Objects.requireNonNull(category, "category");
    if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("A card cannot end before it starts");
    }
  }
}
