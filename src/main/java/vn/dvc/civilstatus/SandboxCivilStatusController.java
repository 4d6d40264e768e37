package vn.dvc.civilstatus;

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
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox civil-status database over HTTP; see {@code sandbox-openapi/civil-status.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/civil-status")
class SandboxCivilStatusController {

  private final CivilStatusRegistry sandbox;

  SandboxCivilStatusController(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    this.sandbox = SandboxCivilStatusRegistry.loaded(jdbc, data, transactions);
  }

  @GetMapping("/marriages")
  List<Marriage> marriages(@RequestParam String pin) {
    return sandbox.marriagesOf(Pin.of(pin));
  }

  @GetMapping("/deaths/of/{pin}")
  ResponseEntity<DeathRecord> death(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.deathOf(Pin.of(pin)));
  }

  @GetMapping("/births/of/{pin}")
  ResponseEntity<BirthRecord> birthOf(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.birthOf(Pin.of(pin)));
  }

  @GetMapping("/births/by-medical-certificate/{certificateNo}")
  ResponseEntity<BirthRecord> birthByMedicalCertificate(@PathVariable String certificateNo) {
    return ResponseEntity.of(sandbox.birthByMedicalCertificate(certificateNo));
  }

  @PostMapping("/births")
  BirthRecord registerBirth(
      @RequestHeader("Idempotency-Key") String key, @RequestBody BirthRegistration registration) {
    return sandbox.registerBirth(registration, new IdempotencyKey(key));
  }

  @PostMapping("/births/child-pin")
  BirthRecord linkChildPin(
      @RequestHeader("Idempotency-Key") String key, @RequestBody BirthPinLink link) {
    return sandbox.linkChildPin(link, new IdempotencyKey(key));
  }

  @PostMapping("/deaths")
  DeathRecord registerDeath(
      @RequestHeader("Idempotency-Key") String key, @RequestBody DeathRegistration registration) {
    return sandbox.registerDeath(registration, new IdempotencyKey(key));
  }

  @PostMapping("/marriages")
  Marriage registerMarriage(
      @RequestHeader("Idempotency-Key") String key,
      @RequestBody MarriageRegistration registration) {
    return sandbox.registerMarriage(registration, new IdempotencyKey(key));
  }
}
