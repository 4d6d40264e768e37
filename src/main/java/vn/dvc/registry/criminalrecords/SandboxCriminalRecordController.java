package vn.dvc.registry.criminalrecords;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/**
 * The sandbox judicial record registry over HTTP; see {@code
 * sandbox-openapi/criminal-records.yaml}.
 */
@SandboxEndpoint
@RequestMapping("/sandbox/criminal-records")
class SandboxCriminalRecordController {

  private final CriminalRecordRegistry sandbox;

  SandboxCriminalRecordController(JdbcTemplate jdbc, SandboxData data) {
    this.sandbox = SandboxCriminalRecordRegistry.loaded(jdbc, data);
  }

  @GetMapping("/convictions")
  List<Conviction> convictions(@RequestParam String pin) {
    return sandbox.convictionsOf(Pin.of(pin));
  }
}
