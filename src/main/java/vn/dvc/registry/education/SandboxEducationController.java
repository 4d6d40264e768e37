package vn.dvc.registry.education;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox education registry over HTTP; see {@code sandbox-openapi/education.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/education")
class SandboxEducationController {

  private final EducationRegistry sandbox;

  SandboxEducationController(JdbcTemplate jdbc, SandboxData data) {
    this.sandbox = SandboxEducationRegistry.loaded(jdbc, data);
  }

  @GetMapping("/students/{pin}")
  ResponseEntity<HighSchoolStudent> student(@PathVariable String pin) {
    return ResponseEntity.of(sandbox.studentRecordOf(Pin.of(pin)));
  }
}
