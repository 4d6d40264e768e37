package vn.dvc.registry.business;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox business registry over HTTP; see {@code sandbox-openapi/business-registry.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/business-registry")
class SandboxBusinessController {

  private final BusinessRegistry sandbox;

  SandboxBusinessController(JdbcTemplate jdbc, SandboxData data) {
    this.sandbox = SandboxBusinessRegistry.loaded(jdbc, data);
  }

  @GetMapping("/enterprises")
  List<Enterprise> enterprises(@RequestParam String representativePin) {
    return sandbox.enterprisesRepresentedBy(Pin.of(representativePin));
  }

  @GetMapping("/enterprises/{enterpriseCode}")
  ResponseEntity<Enterprise> enterprise(@PathVariable String enterpriseCode) {
    return ResponseEntity.of(sandbox.findEnterprise(enterpriseCode));
  }
}
