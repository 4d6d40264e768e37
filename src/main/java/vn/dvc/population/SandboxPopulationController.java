package vn.dvc.population;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox population database over HTTP; see {@code sandbox-openapi/population.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/population")
class SandboxPopulationController {

  private final PopulationRegistry sandbox;

  SandboxPopulationController(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    this.sandbox = SandboxPopulationRegistry.loaded(jdbc, data, units, transactions);
  }

  @GetMapping("/citizens/{pin}")
  ResponseEntity<Citizen> citizen(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.findCitizen(Pin.of(pin)));
  }

  @GetMapping("/households/{householdId}/members")
  List<Citizen> householdMembers(@PathVariable String householdId) {
    return sandbox.householdMembers(householdId);
  }

  @PostMapping("/newborns")
  Citizen registerNewborn(
      @RequestHeader("Idempotency-Key") String key, @RequestBody Newborn newborn) {
    return sandbox.registerNewborn(newborn, new IdempotencyKey(key));
  }

  @PostMapping("/citizens/{pin}/death")
  Citizen recordDeath(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String pin,
      @RequestBody HttpPopulationRegistry.DeathEntry death) {
    return sandbox.recordDeath(Pin.of(pin), death.dateOfDeath(), new IdempotencyKey(key));
  }

  @PostMapping("/citizens/{pin}/marriage")
  Citizen recordMarriage(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String pin,
      @RequestBody HttpPopulationRegistry.MarriageEntry marriage) {
    return sandbox.recordMarriage(
        Pin.of(pin), marriage.spousePin(), marriage.marriedOn(), new IdempotencyKey(key));
  }

  @PostMapping("/citizens/{pin}/permanent-residence")
  Citizen registerPermanentResidence(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String pin,
      @RequestBody ResidenceRegistration residence) {
    return sandbox.registerPermanentResidence(Pin.of(pin), residence, new IdempotencyKey(key));
  }

  @PostMapping("/citizens/{pin}/permanent-residence/removal")
  Citizen removePermanentResidence(
      @RequestHeader("Idempotency-Key") String key, @PathVariable String pin) {
    return sandbox.removePermanentResidence(Pin.of(pin), new IdempotencyKey(key));
  }

  @PostMapping("/citizens/{pin}/temporary-absences")
  TemporaryAbsence recordTemporaryAbsence(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String pin,
      @RequestBody AbsenceDeclaration declaration) {
    return sandbox.recordTemporaryAbsence(Pin.of(pin), declaration, new IdempotencyKey(key));
  }

  @GetMapping("/citizens/{pin}/temporary-absences")
  List<TemporaryAbsence> temporaryAbsences(@PathVariable String pin) {
    return sandbox.temporaryAbsences(Pin.of(pin));
  }
}
