package vn.dvc.registry.wallet;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
  DeliveredDocument deliver(
      @RequestHeader("Idempotency-Key") String key, @RequestBody WalletDelivery delivery) {
    return sandbox.deliver(delivery, new IdempotencyKey(key));
  }

  @GetMapping("/notifications")
  List<SentNotification> notifications(@RequestParam String recipientPin) {
    return sandbox.notificationsOf(Pin.of(recipientPin));
  }

  @PostMapping("/notifications")
  SentNotification notify(
      @RequestHeader("Idempotency-Key") String key, @RequestBody CitizenNotification notification) {
    return sandbox.notify(notification, new IdempotencyKey(key));
  }
}
