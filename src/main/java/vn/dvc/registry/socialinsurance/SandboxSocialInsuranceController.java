package vn.dvc.registry.socialinsurance;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/**
 * The sandbox social-insurance registry over HTTP; see {@code
 * sandbox-openapi/social-insurance.yaml}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/social-insurance")
class SandboxSocialInsuranceController {

  private final SandboxSocialInsuranceRegistry sandbox;

  SandboxSocialInsuranceController(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    this.sandbox = SandboxSocialInsuranceRegistry.loaded(jdbc, transactions, data);
  }

  @GetMapping("/unemployment-insurance/{pin}")
  ResponseEntity<UnemploymentInsuranceRecord> unemploymentInsurance(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.unemploymentInsuranceOf(Pin.of(pin)));
  }

  @GetMapping("/history/{pin}")
  ResponseEntity<SocialInsuranceHistory> history(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.historyOf(Pin.of(pin)));
  }

  @PostMapping("/funeral-allowances")
  FuneralAllowance grantFuneralAllowance(
      @RequestHeader("Idempotency-Key") String key, @RequestBody FuneralAllowanceGrant grant) {
    return sandbox.grantFuneralAllowance(grant, new IdempotencyKey(key));
  }

  /** Sandbox only: the sandbox data has no pensioners, tests and the demo add them here. */
  @PostMapping("/pensioners")
  ResponseEntity<Pensioner> addPensioner(@RequestBody Pensioner pensioner) {
    sandbox.addPensioner(pensioner);
    return ResponseEntity.status(HttpStatus.CREATED).body(pensioner);
  }
}
