package vn.dvc.registry.payment;

import java.time.LocalDate;
import org.springframework.core.env.Environment;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxEndpoint;

/**
 * The sandbox payment platform's API over HTTP; see {@code sandbox-openapi/payment-platform.yaml}.
 * The gateway page a payer uses is {@link SandboxPaymentGatewayController}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/payment-platform")
class SandboxPaymentPlatformController {

  private final PaymentPlatform sandbox;

  SandboxPaymentPlatformController(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      SandboxPaymentPlatformProperties properties,
      Environment environment) {
    this.sandbox =
        new SandboxPaymentPlatform(jdbc, transactions, () -> properties.gatewayUrl(environment));
  }

  @PostMapping("/requests")
  PaymentRequest requestPayment(
      @RequestHeader("Idempotency-Key") String key, @RequestBody NewPaymentRequest request) {
    return sandbox.requestPayment(request, new IdempotencyKey(key));
  }

  @GetMapping("/requests/{requestId}")
  ResponseEntity<PaymentRequest> request(@PathVariable String requestId) {
    return ResponseEntity.of(sandbox.findRequest(requestId));
  }

  // A paid request answers 409 and an unknown one 404 (SandboxServerErrors); the client maps
  // them back to the exceptions of the port.
  @PostMapping("/requests/{requestId}/cancellation")
  PaymentRequest cancel(
      @RequestHeader("Idempotency-Key") String key, @PathVariable String requestId) {
    return sandbox.cancel(requestId, new IdempotencyKey(key));
  }

  @GetMapping("/statements")
  PaymentStatement statement(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    return sandbox.statement(day);
  }
}
