package vn.dvc.registry.healthinsurance;

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
 * The sandbox health-insurance registry over HTTP; see {@code
 * sandbox-openapi/health-insurance.yaml}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/health-insurance")
class SandboxHealthInsuranceController {

  private final HealthInsuranceRegistry sandbox;

  SandboxHealthInsuranceController(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    this.sandbox = SandboxHealthInsuranceRegistry.loaded(jdbc, transactions, data);
  }

  @GetMapping("/cards")
  List<HealthInsuranceCard> cards(@RequestParam String holderPin) {
    return sandbox.cardsOf(Pin.of(holderPin));
  }

  @GetMapping("/cards/{cardNo}")
  ResponseEntity<HealthInsuranceCard> card(@PathVariable String cardNo) {
    return ResponseEntity.of(sandbox.findCard(cardNo));
  }

  @PostMapping("/cards")
  HealthInsuranceCard issue(
      @RequestHeader("Idempotency-Key") String key, @RequestBody HealthCardIssue request) {
    return sandbox.issueCard(request, new IdempotencyKey(key));
  }

  @PostMapping("/cards/{cardNo}/renewal")
  HealthInsuranceCard renew(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String cardNo,
      @RequestBody HealthCardRenewal renewal) {
    return sandbox.renewCard(cardNo, renewal.validTo(), new IdempotencyKey(key));
  }
}
