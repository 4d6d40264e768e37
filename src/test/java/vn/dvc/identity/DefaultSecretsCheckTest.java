package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.dvc.registry.RegistriesProperties;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * Outside the embedded demo, a default or missing secret stops the start and names what to set
 * (finding 5 of issue 14). Only the check and its properties, not the whole application.
 */
class DefaultSecretsCheckTest {

  private final ApplicationContextRunner application =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Check.class)
          .withPropertyValues(
              // application.yaml's defaults for these properties
              "spring.datasource.url=jdbc:h2:file:./data/dvc",
              "dvc.demo-accounts.enabled=true",
              "dvc.keycloak.url=http://localhost:8180",
              "dvc.keycloak.realm=dvc",
              "dvc.keycloak.audience=dossier-api",
              "dvc.keycloak.engine-client.id=camunda-engine",
              "dvc.keycloak.engine-client.secret=engine-secret",
              "dvc.keycloak.webapp-client.id=camunda-webapp",
              "dvc.keycloak.webapp-client.secret=webapp-secret",
              "dvc.registries.http.username=registry-client",
              "dvc.sandbox.server.password=sandbox",
              "dvc.registries.http.password=sandbox");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties({
    KeycloakProperties.class,
    SandboxServerProperties.class,
    RegistriesProperties.class
  })
  @Import(DefaultSecretsCheck.class)
  static class Check {}

  @Test
  void theEmbeddedDemoStartsWithItsDemoSecrets() {
    application.run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void refusesToStartWithTheDefaultKeycloakSecretUnderTheKeycloakProfile() {
    application
        .withPropertyValues(
            "spring.profiles.active=keycloak",
            "dvc.keycloak.enabled=true",
            "dvc.demo-accounts.enabled=false",
            "dvc.sandbox.server.password=a-real-one",
            "dvc.keycloak.webapp-client.secret=a-real-webapp-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining(
                        "dvc.keycloak.engine-client.secret is the published demo value: set the"
                            + " environment variable DVC_ENGINE_CLIENT_SECRET")
                    .hasMessageNotContaining("webapp-client")
                    .hasMessageNotContaining("sandbox.server"));
  }

  @Test
  void refusesToStartWithAMissingKeycloakSecret() {
    application
        .withPropertyValues(
            "spring.profiles.active=keycloak",
            "dvc.keycloak.enabled=true",
            "dvc.sandbox.server.password=a-real-one",
            "dvc.keycloak.engine-client.secret=a-real-engine-secret",
            "dvc.keycloak.webapp-client.secret= ")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    // The properties' own validation names it before the check runs.
                    .hasMessageContaining("webappClient.secret")
                    .hasMessageContaining("must not be blank"));
  }

  @Test
  void refusesToStartWithTheDefaultRegistryPasswordOnPostgres() {
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "spring.datasource.url=jdbc:postgresql://localhost:5432/dvc",
            "dvc.demo-accounts.enabled=false",
            "dvc.registries.implementation=http")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining(
                        "dvc.sandbox.server.password is the published demo value: set the"
                            + " environment variable REGISTRY_PASSWORD")
                    .hasMessageContaining(
                        "dvc.registries.http.password is the published demo value")
                    .hasMessageNotContaining("dvc.keycloak"));
  }

  @Test
  void refusesAMissingSandboxPasswordOutsideTheDemoButNotWhenTheServerIsOff() {
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "spring.datasource.url=jdbc:postgresql://localhost:5432/dvc",
            "dvc.sandbox.server.password=")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("dvc.sandbox.server.password is missing"));
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "spring.datasource.url=jdbc:postgresql://localhost:5432/dvc",
            "dvc.sandbox.server.enabled=false",
            "dvc.sandbox.server.password=")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void refusesThePublishedPaymentCallbackSecretOutsideTheDemo() {
    application
        .withPropertyValues("dvc.payments.callback-secret=demo-payment-callback-secret")
        .run(context -> assertThat(context).hasNotFailed());
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "dvc.sandbox.server.enabled=false",
            "dvc.payments.callback-secret=demo-payment-callback-secret")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining(
                        "dvc.payments.callback-secret is the published demo value: set the"
                            + " environment variable PAYMENT_CALLBACK_SECRET"));
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "dvc.sandbox.server.enabled=false",
            "dvc.payments.callback-secret=the-platforms-own-shared-secret")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aRegistryOverHttpWithItsOwnCredentialsNeedsARealPassword() {
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "dvc.sandbox.server.enabled=false",
            "dvc.registries.overrides.land.implementation=http",
            "dvc.registries.overrides.land.username=dvc",
            "dvc.registries.overrides.land.password=sandbox")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("dvc.registries.overrides.land.password")
                    .hasMessageNotContaining("dvc.registries.http.password"));
    application
        .withPropertyValues(
            "spring.profiles.active=postgres",
            "dvc.sandbox.server.enabled=false",
            "dvc.registries.overrides.land.implementation=http",
            "dvc.registries.overrides.land.username=dvc",
            "dvc.registries.overrides.land.password=s3cret-from-the-land-office")
        .run(context -> assertThat(context).hasNotFailed());
  }
}
