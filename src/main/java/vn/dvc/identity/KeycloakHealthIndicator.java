package vn.dvc.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the realm answers. The engine runs without Keycloak (tasks and timers go on), but nobody
 * can sign in and group queries fail, so an operator must see it at once: in {@code
 * /actuator/health} and as one clear error line when the application starts.
 */
@Component("keycloak")
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "true")
class KeycloakHealthIndicator implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(KeycloakHealthIndicator.class);

  private final KeycloakProperties keycloak;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  KeycloakHealthIndicator(KeycloakProperties keycloak) {
    this.keycloak = keycloak;
  }

  @Override
  public Health health() {
    String realm = keycloak.issuer();
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(realm))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200
          ? Health.up().withDetail("realm", realm).build()
          : Health.down()
              .withDetail("realm", realm)
              .withDetail("error", "Keycloak answered HTTP " + response.statusCode())
              .build();
    } catch (IOException e) {
      return Health.down()
          .withDetail("realm", realm)
          .withDetail("error", "Keycloak unreachable: " + e)
          .build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().build();
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  void reportAtStart() {
    Health health = health();
    if (!"UP".equals(health.getStatus().getCode())) {
      log.error(
          "Keycloak realm {} is not available ({}). The engine runs, but nobody can sign in and"
              + " group queries fail until it is back; no restart is needed.",
          keycloak.issuer(),
          health.getDetails().get("error"));
    }
  }
}
