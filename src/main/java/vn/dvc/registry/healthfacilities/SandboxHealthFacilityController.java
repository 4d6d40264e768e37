package vn.dvc.registry.healthfacilities;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox health facilities over HTTP; see {@code sandbox-openapi/health-facilities.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/health-facilities")
class SandboxHealthFacilityController {

  private final HealthFacilityRegistry sandbox;

  SandboxHealthFacilityController(JdbcTemplate jdbc, SandboxData data) {
    this.sandbox = SandboxHealthFacilityRegistry.loaded(jdbc, data);
  }

  @GetMapping("/birth-certificates/{certificateNo}")
  ResponseEntity<MedicalBirthCertificate> birthCertificate(@PathVariable String certificateNo) {
    return ResponseEntity.of(sandbox.findBirthCertificate(certificateNo));
  }

  @GetMapping("/death-notices/{noticeNo}")
  ResponseEntity<DeathNotice> deathNotice(@PathVariable String noticeNo) {
    return ResponseEntity.of(sandbox.findDeathNotice(noticeNo));
  }

  @GetMapping("/death-notices/of/{pin}")
  ResponseEntity<DeathNotice> deathNoticeFor(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.deathNoticeFor(Pin.of(pin)));
  }
}
