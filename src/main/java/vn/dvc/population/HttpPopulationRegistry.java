package vn.dvc.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/** The population database over HTTP, as described in {@code sandbox-openapi/population.yaml}. */
final class HttpPopulationRegistry implements PopulationRegistry {

  /** The body of a death entry. */
  record DeathEntry(LocalDate dateOfDeath) {}

  /** The body of a marriage entry. */
  record MarriageEntry(Pin spousePin, LocalDate marriedOn) {}

  private final RegistryHttpClient http;

  HttpPopulationRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public Optional<Citizen> findCitizen(Pin pin) {
    return http.find(Citizen.class, "/citizens/{pin}", pin.value());
  }

  @Override
  public Citizen registerNewborn(Newborn newborn, IdempotencyKey key) {
    return http.write(Citizen.class, key, "/newborns", newborn);
  }

  @Override
  public List<Citizen> householdMembers(String householdId) {
    return http.list(Citizen.class, "/households/{householdId}/members", householdId);
  }

  @Override
  public Citizen recordDeath(Pin pin, LocalDate dateOfDeath, IdempotencyKey key) {
    return http.write(
        Citizen.class, key, "/citizens/{pin}/death", new DeathEntry(dateOfDeath), pin.value());
  }

  @Override
  public Citizen recordMarriage(Pin pin, Pin spousePin, LocalDate marriedOn, IdempotencyKey key) {
    return http.write(
        Citizen.class,
        key,
        "/citizens/{pin}/marriage",
        new MarriageEntry(spousePin, marriedOn),
        pin.value());
  }

  @Override
  public Citizen registerPermanentResidence(
      Pin pin, ResidenceRegistration residence, IdempotencyKey key) {
    return http.write(
        Citizen.class, key, "/citizens/{pin}/permanent-residence", residence, pin.value());
  }

  @Override
  public Citizen removePermanentResidence(Pin pin, IdempotencyKey key) {
    return http.write(
        Citizen.class, key, "/citizens/{pin}/permanent-residence/removal", Map.of(), pin.value());
  }

  @Override
  public TemporaryAbsence recordTemporaryAbsence(
      Pin pin, AbsenceDeclaration declaration, IdempotencyKey key) {
    return http.write(
        TemporaryAbsence.class,
        key,
        "/citizens/{pin}/temporary-absences",
        declaration,
        pin.value());
  }

  @Override
  public List<TemporaryAbsence> temporaryAbsences(Pin pin) {
    return http.list(TemporaryAbsence.class, "/citizens/{pin}/temporary-absences", pin.value());
  }
}
