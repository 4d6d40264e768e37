package vn.dvc.registry.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * The consent port's contract, held by the sandbox and by the HTTP client against the sandbox. The
 * sandbox data has no consents: the test gives and revokes its own through the sandbox-only
 * endpoints.
 */
@DvcSpringBootTest
class ConsentRegistryContractTest {

  static final String PERMANENT = "PERMANENT_RESIDENCE_REGISTRATION";
  static final String TEMPORARY = "TEMPORARY_RESIDENCE_REGISTRATION";

  static final Pin OWNER = Pin.of("040189746550");
  static final Pin TENANT = Pin.of("001151138708");
  static final Pin FORMER_TENANT = Pin.of("040062091757");
  static final Pin GRANTS_NOTHING = Pin.of("046036482677");

  static final Consent TO_TENANT =
      new Consent("TESTC-CONSENT-1", OWNER, TENANT, PERMANENT, LocalDate.of(2026, 9, 1));
  static final Consent TO_NO_ONE_IN_PARTICULAR =
      new Consent("TESTC-CONSENT-2", OWNER, null, TEMPORARY, LocalDate.of(2026, 10, 1));
  static final Consent REVOKED =
      new Consent("TESTC-CONSENT-3", OWNER, FORMER_TENANT, PERMANENT, LocalDate.of(2026, 6, 1));

  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired SandboxServerProperties server;

  @BeforeEach
  void giveTheTestConsentsOnce() {
    for (Consent consent : List.of(TO_TENANT, TO_NO_ONE_IN_PARTICULAR, REVOKED)) {
      Integer held =
          jdbc.queryForObject(
              "select count(*) from sandbox_vneid_consent where consent_id = ?",
              Integer.class,
              consent.consentId());
      if (held == 0) {
        assertThat(add(consent).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    }
    assertThat(revoke(REVOKED.consentId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  TestRestTemplate sandboxClient() {
    return rest.withBasicAuth(server.username(), server.password());
  }

  ResponseEntity<String> add(Consent consent) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return sandboxClient()
        .postForEntity(
            "/sandbox/vneid-consent/consents", new HttpEntity<>(consent, headers), String.class);
  }

  ResponseEntity<String> revoke(String consentId) {
    return sandboxClient()
        .postForEntity(
            "/sandbox/vneid-consent/consents/{id}/revocation", null, String.class, consentId);
  }

  abstract static class Contract {

    abstract ConsentRegistry consents();

    @Test
    void findsEveryConsentAPersonGaveAndDidNotRevokeOldestFirst() {
      assertThat(consents().consentsGivenBy(OWNER))
          .containsExactly(TO_TENANT, TO_NO_ONE_IN_PARTICULAR);
    }

    @Test
    void answersNoConsentsForSomeoneWhoGaveNone() {
      assertThat(consents().consentsGivenBy(GRANTS_NOTHING)).isEmpty();
    }

    @Test
    void findsAConsentGivenToTheGrantee() {
      assertThat(consents().findConsent(OWNER, PERMANENT, TENANT)).contains(TO_TENANT);
    }

    @Test
    void findsAConsentToAnyoneWhenNoGranteeIsGiven() {
      assertThat(consents().findConsent(OWNER, PERMANENT, null)).contains(TO_TENANT);
    }

    @Test
    void countsAConsentToNoOneInParticularForEveryGrantee() {
      assertThat(consents().findConsent(OWNER, TEMPORARY, TENANT))
          .contains(TO_NO_ONE_IN_PARTICULAR);
    }

    @Test
    void neverCountsARevokedConsent() {
      assertThat(consents().findConsent(OWNER, PERMANENT, FORMER_TENANT)).isEmpty();
    }

    @Test
    void answersEmptyForAPurposeNoConsentWasGivenFor() {
      assertThat(consents().findConsent(OWNER, "MARRIAGE_REGISTRATION", null)).isEmpty();
      assertThat(consents().findConsent(GRANTS_NOTHING, PERMANENT, TENANT)).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    ConsentRegistry consents() {
      return SandboxConsentRegistry.loaded(jdbc);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    ConsentRegistry consents() {
      return new HttpConsentRegistry(clients.client("vneid-consent"));
    }
  }

  @Test
  void sandboxRefusesASecondConsentWithTheSameId() {
    ResponseEntity<String> repeated = add(TO_TENANT);
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(repeated.getBody()).contains("sandbox-duplicate-record");
  }

  @Test
  void sandboxAnswersNotFoundWhenRevokingAnUnknownConsent() {
    assertThat(revoke("TESTC-CONSENT-404").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void templateFindsTheConsentTheOwnerGaveTheApplicant() {
    Map<String, Object> given =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-consent.lookUpConsent",
            "TEST-CONSENT-1",
            Map.of("purpose", PERMANENT),
            Map.of("grantorPin", OWNER.value(), "applicantPin", TENANT.value()));
    assertThat(given)
        .containsEntry("consentGiven", true)
        .containsEntry("consentId", TO_TENANT.consentId());
  }

  @Test
  void templateTellsARevokedConsentIsNotGiven() {
    Map<String, Object> revoked =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-consent.lookUpConsent",
            "TEST-CONSENT-2",
            Map.of("purpose", PERMANENT),
            Map.of("grantorPin", OWNER.value(), "applicantPin", FORMER_TENANT.value()));
    assertThat(revoked).containsEntry("consentGiven", false).containsEntry("consentId", null);
  }

  @Test
  void templateWithoutAGranteeFindsAConsentToAnyone() {
    Map<String, Object> anyone =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-consent.lookUpConsent",
            "TEST-CONSENT-3",
            Map.of("purpose", TEMPORARY, "granteePin", ""),
            Map.of("grantorPin", OWNER.value()));
    assertThat(anyone)
        .containsEntry("consentGiven", true)
        .containsEntry("consentId", TO_NO_ONE_IN_PARTICULAR.consentId());
  }
}
