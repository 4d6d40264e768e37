package vn.dvc.registry.trafficfines;

import java.util.List;
import org.springframework.http.ResponseEntity;
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
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox traffic-fine registry over HTTP; see {@code sandbox-openapi/traffic-fines.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/traffic-fines")
class SandboxTrafficFineController {

  private final TrafficFineRegistry sandbox;

  SandboxTrafficFineController(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    this.sandbox = SandboxTrafficFineRegistry.loaded(jdbc, data, transactions);
  }

  @GetMapping("/fines")
  List<TrafficFine> fines(@RequestParam String ownerPin) {
    return sandbox.finesOf(Pin.of(ownerPin));
  }

  @GetMapping("/fines/by-plate")
  List<TrafficFine> finesOfPlate(@RequestParam String plate) {
    return sandbox.finesOfPlate(plate);
  }

  @GetMapping("/fines/by-decision")
  ResponseEntity<TrafficFine> fine(@RequestParam String decisionNo) {
    return ResponseEntity.of(sandbox.findFine(decisionNo));
  }

  @PostMapping("/payments")
  TrafficFine recordPayment(
      @RequestHeader("Idempotency-Key") String key, @RequestBody FinePayment payment) {
    return sandbox.recordPayment(payment.decisionNo(), payment.paidOn(), new IdempotencyKey(key));
  }

  // The client maps a 404 on a write back to RegistryRecordNotFoundException.
}
