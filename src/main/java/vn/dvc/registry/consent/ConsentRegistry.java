package vn.dvc.registry.consent;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/**
 * Port to the consents of VNeID. A revoked consent is never answered: for every procedure it is as
 * if it had not been given.
 */
@AuditedRegistry("vneid-consent")
public interface ConsentRegistry {

  /** Every consent the person gave and has not revoked, oldest first. */
  List<Consent> consentsGivenBy(Pin grantor);

  /**
   * A consent the grantor gave for the purpose, and has not revoked, so the procedure need not ask
   * for a signed paper. With a grantee, a consent given to that person or to no one in particular
   * counts; without one ({@code null}), a consent to anyone counts. The latest one if several.
   */
  Optional<Consent> findConsent(Pin grantor, String purpose, Pin grantee);
}
