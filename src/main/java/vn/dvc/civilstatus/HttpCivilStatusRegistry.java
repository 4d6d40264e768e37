package vn.dvc.civilstatus;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The civil-status database over HTTP, as described in {@code sandbox-openapi/civil-status.yaml}.
 * Registration numbers contain slashes ("4/2026/KS"), so they travel in bodies and query
 * parameters, never as path segments.
 */
final class HttpCivilStatusRegistry implements CivilStatusRegistry {

  private final RegistryHttpClient http;

  HttpCivilStatusRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<Marriage> marriagesOf(Pin pin) {
    return http.list(Marriage.class, "/marriages?pin={pin}", pin.value());
  }

  @Override
  public Optional<DeathRecord> deathOf(Pin pin) {
    return http.find(DeathRecord.class, "/deaths/of/{pin}", pin.value());
  }

  @Override
  public Optional<BirthRecord> birthOf(Pin child) {
    return http.find(BirthRecord.class, "/births/of/{pin}", child.value());
  }

  @Override
  public Optional<BirthRecord> birthByMedicalCertificate(String certificateNo) {
    return http.find(
        BirthRecord.class, "/births/by-medical-certificate/{certificateNo}", certificateNo);
  }

  @Override
  public BirthRecord registerBirth(BirthRegistration registration, IdempotencyKey key) {
    return http.write(BirthRecord.class, key, "/births", registration);
  }

  @Override
  public BirthRecord linkChildPin(BirthPinLink link, IdempotencyKey key) {
    return http.write(BirthRecord.class, key, "/births/child-pin", link);
  }

  @Override
  public DeathRecord registerDeath(DeathRegistration registration, IdempotencyKey key) {
    return http.write(DeathRecord.class, key, "/deaths", registration);
  }

  @Override
  public Marriage registerMarriage(MarriageRegistration registration, IdempotencyKey key) {
    return http.write(Marriage.class, key, "/marriages", registration);
  }
}
