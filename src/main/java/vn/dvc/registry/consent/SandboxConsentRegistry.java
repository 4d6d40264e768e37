package vn.dvc.registry.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;

/**
 * The consent registry on its sandbox table. The sandbox data holds no consents, so there is
 * nothing to load: the table starts empty and tests or the demo add consents through {@link #add}
 * and revoke them through {@link #revoke}.
 */
final class SandboxConsentRegistry implements ConsentRegistry {

  private static final String GIVEN =
      "select consent_id, grantor_pin, grantee_pin, purpose, given_on from sandbox_vneid_consent"
          + " where revoked = false and grantor_pin = ?";

  private final JdbcTemplate jdbc;

  private SandboxConsentRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static SandboxConsentRegistry loaded(JdbcTemplate jdbc) {
    return new SandboxConsentRegistry(jdbc);
  }

  @Override
  public List<Consent> consentsGivenBy(Pin grantor) {
    return jdbc.query(
        GIVEN + " order by given_on, consent_id", SandboxConsentRegistry::consent, grantor.value());
  }

  @Override
  public Optional<Consent> findConsent(Pin grantor, String purpose, Pin grantee) {
    if (grantee == null) {
      return jdbc
          .query(
              GIVEN + " and purpose = ? order by given_on desc, consent_id",
              SandboxConsentRegistry::consent,
              grantor.value(),
              purpose)
          .stream()
          .findFirst();
    }
    return jdbc
        .query(
            GIVEN
                + " and purpose = ? and (grantee_pin = ? or grantee_pin is null)"
                + " order by given_on desc, consent_id",
            SandboxConsentRegistry::consent,
            grantor.value(),
            purpose,
            grantee.value())
        .stream()
        .findFirst();
  }

  /**
   * Sandbox only, not the port: consents are given by citizens in VNeID, not by us. Throws {@link
   * org.springframework.dao.DuplicateKeyException} for an id already held.
   */
  void add(Consent consent) {
    jdbc.update(
        "insert into sandbox_vneid_consent (consent_id, grantor_pin, grantee_pin, purpose,"
            + " given_on, revoked) values (?,?,?,?,?,false)",
        consent.consentId(),
        consent.grantorPin().value(),
        Pin.valueOf(consent.granteePin()),
        consent.purpose(),
        consent.givenOn());
  }

  /** Sandbox only: the citizen revokes a consent in VNeID. False when no such consent exists. */
  boolean revoke(String consentId) {
    return jdbc.update(
            "update sandbox_vneid_consent set revoked = true where consent_id = ?", consentId)
        > 0;
  }

  private static Consent consent(ResultSet rs, int row) throws SQLException {
    return new Consent(
        rs.getString("consent_id"),
        Pin.of(rs.getString("grantor_pin")),
        Pin.ofNullable(rs.getString("grantee_pin")),
        rs.getString("purpose"),
        rs.getObject("given_on", LocalDate.class));
  }
}
