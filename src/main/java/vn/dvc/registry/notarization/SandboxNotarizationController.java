package vn.dvc.registry.notarization;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox notarization registry over HTTP; see {@code sandbox-openapi/notarization.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/notarization")
class SandboxNotarizationController {

  private final SandboxNotarizationRegistry sandbox;

  SandboxNotarizationController(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.sandbox = SandboxNotarizationRegistry.loaded(jdbc, transactions);
  }

  @GetMapping("/contracts")
  List<NotarizedContract> contracts(@RequestParam String partyPin) {
    return sandbox.contractsOf(Pin.of(partyPin));
  }

  @GetMapping("/contract")
  ResponseEntity<NotarizedContract> contract(@RequestParam String contractNo) {
    return ResponseEntity.of(sandbox.findContract(contractNo));
  }

  /**
   * Sandbox only: the sandbox data has no notarized contracts, tests and the demo add them here.
   */
  @PostMapping("/contracts")
  ResponseEntity<?> add(@RequestBody NotarizedContract contract) {
    sandbox.add(contract);
    return ResponseEntity.status(HttpStatus.CREATED).body(contract);
  }
}
