package vn.dvc.registry.wallet;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.api.Problems;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox VNeID wallet over HTTP; see {@code sandbox-openapi/vneid-wallet.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/vneid-wallet")
class SandboxWalletController {

  private final CitizenWallet sandbox;

  SandboxWalletController(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.sandbox = SandboxCitizenWallet.loaded(jdbc, transactions);
  }

  @GetMapping("/documents")
  List<DeliveredDocument> documents(@RequestParam String holderPin) {
    return sandbox.documentsOf(Pin.of(holderPin));
  }

  @PostMapping("/documents")
  ResponseEntity<?> deliver(
      @RequestHeader("Idempotency-Key") String key, @RequestBody WalletDelivery delivery) {
    IdempotencyKey idempotencyKey;
    try {
      idempotencyKey = new IdempotencyKey(key);
    } catch (IllegalArgumentException e) {
      return ResponseEntity.badRequest()
          .body(
              Problems.of(
                  HttpStatus.BAD_REQUEST,
                  "invalid-idempotency-key",
                  "Invalid idempotency key",
                  e.getMessage()));
    }
    return ResponseEntity.ok(sandbox.deliver(delivery, idempotencyKey));
  }
}
