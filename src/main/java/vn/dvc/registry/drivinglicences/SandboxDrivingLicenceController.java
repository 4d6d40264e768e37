package vn.dvc.registry.drivinglicences;

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

/**
 * The sandbox driving-licence registry over HTTP; see {@code
 * sandbox-openapi/driving-licences.yaml}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/driving-licences")
class SandboxDrivingLicenceController {

  private final DrivingLicenceRegistry sandbox;

  SandboxDrivingLicenceController(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    this.sandbox = SandboxDrivingLicenceRegistry.loaded(jdbc, data, transactions);
  }

  @GetMapping("/licences")
  List<DrivingLicence> licences(@RequestParam String holderPin) {
    return sandbox.licencesOf(Pin.of(holderPin));
  }

  @GetMapping("/licences/{licenceNo}")
  ResponseEntity<DrivingLicence> licence(@PathVariable String licenceNo) {
    return ResponseEntity.of(sandbox.findLicence(licenceNo));
  }

  @PostMapping("/licences/{licenceNo}/renewal")
  DrivingLicence renew(
      @PathVariable String licenceNo,
      @RequestHeader("Idempotency-Key") String key,
      @RequestBody LicenceRenewal renewal) {
    return sandbox.renewLicence(licenceNo, renewal.newExpiry(), new IdempotencyKey(key));
  }

  // The client maps a 404 on a write back to RegistryRecordNotFoundException.
}
