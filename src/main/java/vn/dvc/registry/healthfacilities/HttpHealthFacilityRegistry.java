package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The health facilities' certificates over HTTP, as described in {@code
 * sandbox-openapi/health-facilities.yaml}.
 */
final class HttpHealthFacilityRegistry implements HealthFacilityRegistry {

  private final RegistryHttpClient http;

  HttpHealthFacilityRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public Optional<MedicalBirthCertificate> findBirthCertificate(String certificateNo) {
    return http.find(
        MedicalBirthCertificate.class, "/birth-certificates/{certificateNo}", certificateNo);
  }

  @Override
  public Optional<DeathNotice> findDeathNotice(String noticeNo) {
    return http.find(DeathNotice.class, "/death-notices/{noticeNo}", noticeNo);
  }

  @Override
  public Optional<DeathNotice> deathNoticeFor(Pin deceased) {
    return http.find(DeathNotice.class, "/death-notices/of/{pin}", deceased.value());
  }
}
