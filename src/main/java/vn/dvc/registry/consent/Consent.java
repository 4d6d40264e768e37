package vn.dvc.registry.consent;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A consent a citizen gave in VNeID and has not revoked. The grantee is the person it was given to,
 * or null for a consent to the purpose whoever asks (e.g. to the authority handling it).
 */
public record Consent(
    String consentId, Pin grantorPin, Pin granteePin, String purpose, LocalDate givenOn) {

  public Consent {
    Objects.requireNonNull(consentId, "consentId");
    Objects.requireNonNull(grantorPin, "grantorPin");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(givenOn, "givenOn");
  }
}
