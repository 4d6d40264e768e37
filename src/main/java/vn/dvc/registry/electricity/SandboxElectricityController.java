package vn.dvc.registry.electricity;

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
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox electricity registry over HTTP; see {@code sandbox-openapi/electricity.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/electricity")
class SandboxElectricityController {

  private final ElectricityRegistry sandbox;

  SandboxElectricityController(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    this.sandbox = SandboxElectricityRegistry.loaded(jdbc, data, units, transactions);
  }

  @GetMapping("/contracts")
  List<ElectricityContract> contracts(@RequestParam String customerPin) {
    return sandbox.contractsOf(Pin.of(customerPin));
  }

  @GetMapping("/contracts/{contractNo}")
  ResponseEntity<ElectricityContract> contract(@PathVariable String contractNo) {
    return ResponseEntity.of(sandbox.findContract(contractNo));
  }

  @PostMapping("/contracts")
  ElectricityContract open(
      @RequestHeader("Idempotency-Key") String key, @RequestBody NewElectricityContract request) {
    return sandbox.openContract(request, new IdempotencyKey(key));
  }

  @PostMapping("/contracts/{contractNo}/transfer")
  ElectricityContract transfer(
      @PathVariable String contractNo,
      @RequestHeader("Idempotency-Key") String key,
      @RequestBody ContractTransfer transfer) {
    return sandbox.transferContract(contractNo, transfer.newCustomerPin(), new IdempotencyKey(key));
  }

  // The client maps a 404 on a write back to RegistryRecordNotFoundException.
}
