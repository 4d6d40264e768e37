package vn.dvc.registry.consent;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox VNeID consent registry over HTTP; see {@code sandbox-openapi/vneid-consent.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/vneid-consent")
class SandboxConsentController {

  private final SandboxConsentRegistry sandbox;

  SandboxConsentController(JdbcTemplate jdbc) {
    this.sandbox = SandboxConsentRegistry.loaded(jdbc);
  }

  @GetMapping("/consents")
  List<Consent> consents(@RequestParam String grantorPin) {
    return sandbox.consentsGivenBy(Pin.of(grantorPin));
  }

  @GetMapping("/consents/given")
  ResponseEntity<Consent> given(
      @RequestParam String grantorPin,
      @RequestParam String purpose,
      @RequestParam(required = false) String granteePin) {
    return ResponseEntity.of(
        sandbox.findConsent(Pin.of(grantorPin), purpose, Pin.ofNullable(granteePin)));
  }

  /** Sandbox only: the sandbox data has no consents, tests and the demo add them here. */
  @PostMapping("/consents")
  ResponseEntity<?> add(@RequestBody Consent consent) {
    sandbox.add(consent);
    return ResponseEntity.status(HttpStatus.CREATED).body(consent);
  }

  /** Sandbox only: the citizen revokes the consent, which from then on no longer counts. */
  @PostMapping("/consents/{consentId}/revocation")
  ResponseEntity<Void> revoke(@PathVariable String consentId) {
    return sandbox.revoke(consentId)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }
}
