package vn.dvc.registry.socialinsurance;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/**
 * The sandbox social-insurance registry over HTTP; see {@code
 * sandbox-openapi/social-insurance.yaml}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/social-insurance")
class SandboxSocialInsuranceController {

  private final SocialInsuranceRegistry sandbox;

  SandboxSocialInsuranceController(JdbcTemplate jdbc, SandboxData data) {
    this.sandbox = SandboxSocialInsuranceRegistry.loaded(jdbc, data);
  }

  @GetMapping("/unemployment-insurance/{pin}")
  ResponseEntity<UnemploymentInsuranceRecord> unemploymentInsurance(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.unemploymentInsuranceOf(Pin.of(pin)));
  }
}
