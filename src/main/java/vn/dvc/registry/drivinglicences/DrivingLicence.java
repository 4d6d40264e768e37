package vn.dvc.registry.drivinglicences;

import java.time.LocalDate;
import vn.dvc.population.Pin;

/**
 * A driving licence. {@code expiresOn} is null for the classes that never expire (A, A1); {@code
 * licenceClass} is the registry's {@code class}, renamed because that is a Java keyword.
 */
public record DrivingLicence(
    String licenceNo,
    Pin holderPin,
    String licenceClass,
    LocalDate issuedOn,
    LocalDate expiresOn,
    int points) {

  /** Whether the licence had lapsed on {@code day}; it is still valid on its expiry date. */
  public boolean expiredOn(LocalDate day) {
    return expiresOn != null && expiresOn.isBefore(day);
  }
}
