package vn.dvc.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistriesProperties;
import vn.dvc.registry.RegistriesProperties.Implementation;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * Outside the {@link EmbeddedDemo}, stops the start when a secret that guards something is missing
 * or still the value the README and the realm file publish: the Keycloak clients' secrets, the
 * sandbox registry server's password (its writes can mark a citizen deceased), the HTTP registry
 * clients' password and the payment platform's callback secret (it confirms payments). The message
 * names the property and the environment variable to set.
 */
@Component
class DefaultSecretsCheck {

  /** The defaults this repository publishes; in production they are as good as no secret. */
  static final Set<String> WELL_KNOWN =
      Set.of("engine-secret", "webapp-secret", "sandbox", "demo", "demo-payment-callback-secret");

  /**
   * Read from the environment rather than as PaymentsProperties: payments sit above identity.
   * Whoever knows it can confirm payments that never happened, so the published value is refused; a
   * missing one is refused by PaymentsProperties' own validation.
   */
  static final String PAYMENT_CALLBACK_SECRET = "dvc.payments.callback-secret";

  DefaultSecretsCheck(
      Environment environment,
      KeycloakProperties keycloak,
      SandboxServerProperties sandbox,
      RegistriesProperties registries) {
    if (EmbeddedDemo.in(environment)) {
      return;
    }
    Set<String> refused = new LinkedHashSet<>();
    if (keycloak.enabled()) {
      check(
          refused,
          keycloak.engineClient().secret(),
          "dvc.keycloak.engine-client.secret",
          "DVC_ENGINE_CLIENT_SECRET");
      check(
          refused,
          keycloak.webappClient().secret(),
          "dvc.keycloak.webapp-client.secret",
          "DVC_WEBAPP_CLIENT_SECRET");
    }
    if (sandbox.enabled()) {
      check(refused, sandbox.password(), "dvc.sandbox.server.password", "REGISTRY_PASSWORD");
    }
    checkRegistryClients(refused, registries);
    String callbackSecret = environment.getProperty(PAYMENT_CALLBACK_SECRET);
    if (hasText(callbackSecret)) {
      check(refused, callbackSecret, PAYMENT_CALLBACK_SECRET, "PAYMENT_CALLBACK_SECRET");
    }
    if (!refused.isEmpty()) {
      throw new DefaultSecretsException(
          "Refusing to start with default or missing secrets outside the embedded demo (profiles "
              + Arrays.toString(environment.getActiveProfiles())
              + "; the embedded demo is the H2 database with the demo accounts, without the"
              + " postgres or keycloak profile):\n - "
              + String.join("\n - ", refused));
    }
  }

  /** Each registry on its HTTP client that sends a user name must send a real password. */
  private static void checkRegistryClients(Set<String> refused, RegistriesProperties registries) {
    RegistriesProperties.Http http = registries.http();
    boolean sharedSettingsUsed = registries.implementation() == Implementation.HTTP;
    for (Map.Entry<String, RegistriesProperties.Override> entry :
        registries.overrides().entrySet()) {
      RegistriesProperties.Override override = entry.getValue();
      Implementation implementation =
          override.implementation() != null
              ? override.implementation()
              : registries.implementation();
      if (implementation != Implementation.HTTP) {
        continue;
      }
      String username = override.username() != null ? override.username() : http.username();
      if (override.password() != null) {
        if (hasText(username)) {
          check(
              refused,
              override.password(),
              "dvc.registries.overrides." + entry.getKey() + ".password",
              null);
        }
      } else {
        sharedSettingsUsed |= hasText(username);
      }
    }
    if (sharedSettingsUsed && hasText(http.username())) {
      check(refused, http.password(), "dvc.registries.http.password", "REGISTRY_PASSWORD");
    }
  }

  private static void check(
      Set<String> refused, String secret, String property, String environmentVariable) {
    if (!hasText(secret) || WELL_KNOWN.contains(secret.strip())) {
      refused.add(
          property
              + " is "
              + (hasText(secret) ? "the published demo value" : "missing")
              + (environmentVariable == null
                  ? ": set it"
                  : ": set the environment variable " + environmentVariable));
    }
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  static class DefaultSecretsException extends IllegalStateException {
    DefaultSecretsException(String message) {
      super(message);
    }
  }
}
