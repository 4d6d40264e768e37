package vn.dvc.registry.drivinglicences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The driving-licence registry over HTTP, as described in {@code
 * sandbox-openapi/driving-licences.yaml}.
 */
final class HttpDrivingLicenceRegistry implements DrivingLicenceRegistry {

  private final RegistryHttpClient http;

  HttpDrivingLicenceRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<DrivingLicence> licencesOf(Pin holder) {
    return http.list(DrivingLicence.class, "/licences?holderPin={pin}", holder.value());
  }

  @Override
  public Optional<DrivingLicence> findLicence(String licenceNo) {
    return http.find(DrivingLicence.class, "/licences/{licenceNo}", licenceNo);
  }

  @Override
  public DrivingLicence renewLicence(String licenceNo, LocalDate newExpiry, IdempotencyKey key) {
    return http.write(
        DrivingLicence.class,
        key,
        "/licences/{licenceNo}/renewal",
        new LicenceRenewal(newExpiry),
        licenceNo);
  }
}
