package vn.dvc.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.LogoutConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Signing out of a webapp signs out of Keycloak too; otherwise the next visit would silently sign
 * the same person in again. The webapps' own "Log out" is an XHR, which cannot follow a redirect to
 * Keycloak, so the Keycloak session is ended server to server with the session's refresh token, and
 * the XHR gets the plain 200 the webapp expects. {@code /logout} does the same for a link.
 */
@Component
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "true")
class KeycloakLogout {

  private static final Logger log = LoggerFactory.getLogger(KeycloakLogout.class);
  private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/{engine}/logout";

  private final KeycloakProperties keycloak;
  private final OAuth2AuthorizedClientService authorizedClients;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  KeycloakLogout(KeycloakProperties keycloak, OAuth2AuthorizedClientService authorizedClients) {
    this.keycloak = keycloak;
    this.authorizedClients = authorizedClients;
  }

  void configure(LogoutConfigurer<HttpSecurity> logout) {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    logout
        .logoutRequestMatcher(
            new OrRequestMatcher(
                path.matcher("/logout"), path.matcher(HttpMethod.POST, WEBAPP_LOGOUT)))
        .addLogoutHandler(this::endKeycloakSession)
        .logoutSuccessHandler(
            (request, response, authentication) -> {
              if (request.getRequestURI().endsWith("/logout")
                  && request.getRequestURI().startsWith("/camunda/api/")) {
                response.setStatus(HttpServletResponse.SC_OK);
              } else {
                response.sendRedirect(request.getContextPath() + "/camunda/app/");
              }
            });
  }

  private void endKeycloakSession(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (!(authentication instanceof OAuth2AuthenticationToken token)) {
      return;
    }
    OAuth2AuthorizedClient client =
        authorizedClients.loadAuthorizedClient(
            token.getAuthorizedClientRegistrationId(), token.getName());
    if (client == null || client.getRefreshToken() == null) {
      return;
    }
    String form =
        "client_id="
            + encode(keycloak.webappClient().id())
            + "&client_secret="
            + encode(keycloak.webappClient().secret())
            + "&refresh_token="
            + encode(client.getRefreshToken().getTokenValue());
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(keycloak.openIdEndpoint("logout")))
                  .timeout(Duration.ofSeconds(3))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() >= 300) {
        log.warn(
            "Keycloak answered {} when ending the session of {}",
            answer.statusCode(),
            token.getName());
      }
    } catch (IOException e) {
      // The local session ends anyway; the Keycloak session then ends at its idle timeout.
      log.warn("Could not end the Keycloak session of {}: {}", token.getName(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      authorizedClients.removeAuthorizedClient(
          token.getAuthorizedClientRegistrationId(), token.getName());
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
