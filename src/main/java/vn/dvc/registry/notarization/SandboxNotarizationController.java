package vn.dvc.registry.notarization;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.api.Problems;
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
    if (contract.partyPins().isEmpty()) {
      return ResponseEntity.badRequest()
          .body(
              Problems.of(
                  HttpStatus.BAD_REQUEST,
                  "sandbox-contract-without-parties",
                  "Contract without parties",
                  "A notarized contract has at least one party."));
    }
    try {
      sandbox.add(contract);
    } catch (DuplicateKeyException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(
              Problems.of(
                  HttpStatus.CONFLICT,
                  "sandbox-duplicate-record",
                  "Contract number already held",
                  "The sandbox already holds a contract numbered " + contract.contractNo() + "."));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(contract);
  }
}
