package vn.dvc.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Signing in through Keycloak (the {@code keycloak} profile). Off in the embedded default, which
 * uses Camunda's own identity with the same groups.
 *
 * @param enabled Keycloak signs people in and is the engine's identity provider
 * @param url Keycloak's base URL as the browsers and the tokens' issuer see it
 * @param realm the realm, {@code dvc} in {@code keycloak/dvc-realm.json}
 * @param audience what every API token's {@code aud} must contain
 * @param engineClient the confidential client whose service account reads users and groups
 * @param webappClient the confidential client of Tasklist, Cockpit and Admin
 */
@Validated
@ConfigurationProperties("dvc.keycloak")
public record KeycloakProperties(
    boolean enabled,
    @NotNull URI url,
    @NotBlank String realm,
    @NotBlank String audience,
    @Valid @NotNull Client engineClient,
    @Valid @NotNull Client webappClient) {

  public record Client(@NotBlank String id, @NotBlank String secret) {}

  /** The {@code iss} of the realm's tokens. */
  public String issuer() {
    String base = url.toString();
    return (base.endsWith("/") ? base : base + "/") + "realms/" + realm;
  }

  String openIdEndpoint(String path) {
    return issuer() + "/protocol/openid-connect/" + path;
  }

  String adminUrl() {
    String base = url.toString();
    return (base.endsWith("/") ? base : base + "/") + "admin/realms/" + realm;
  }
}
