package vn.dvc.registry.consent;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/** The consent registry over HTTP, as described in {@code sandbox-openapi/vneid-consent.yaml}. */
final class HttpConsentRegistry implements ConsentRegistry {

  private final RegistryHttpClient http;

  HttpConsentRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<Consent> consentsGivenBy(Pin grantor) {
    return http.list(Consent.class, "/consents?grantorPin={pin}", grantor.value());
  }

  @Override
  public Optional<Consent> findConsent(Pin grantor, String purpose, Pin grantee) {
    if (grantee == null) {
      return http.find(
          Consent.class,
          "/consents/given?grantorPin={grantor}&purpose={purpose}",
          grantor.value(),
          purpose);
    }
    return http.find(
        Consent.class,
        "/consents/given?grantorPin={grantor}&purpose={purpose}&granteePin={grantee}",
        grantor.value(),
        purpose,
        grantee.value());
  }
}
