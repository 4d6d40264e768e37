package vn.dvc.registry.trafficfines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dvc.population.Pin;
import vn.dvc.time.EngineClock;

/**
 * A penalty decision for a traffic offence. {@code paidOn} is null while unpaid, and also for some
 * fines the registry marks paid without a date. {@code decidedOn} starts the days the offender has
 * to pay; {@code issuer} is the authority that decided.
 */
public record TrafficFine(
    String decisionNo,
    String plate,
    Pin ownerPin,
    String violation,
    OffsetDateTime detectedAt,
    long amountVnd,
    boolean paid,
    LocalDate paidOn,
    LocalDate decidedOn,
    IssuingAuthority issuer) {

  public TrafficFine {
    // Databases and JSON readers change the offset of the same instant; Vietnam's keeps it one.
    detectedAt =
        detectedAt == null
            ? null
            : detectedAt.atZoneSameInstant(EngineClock.VIETNAM).toOffsetDateTime();
  }
}
