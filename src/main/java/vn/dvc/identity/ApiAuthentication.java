package vn.dvc.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How callers of {@code /api} and {@code /engine-rest} prove who they are: HTTP Basic against
 * Camunda's own users in the embedded default, Keycloak bearer tokens under the {@code keycloak}
 * profile. Everything after authentication (groups, scoping, problem answers) is the same.
 */
interface ApiAuthentication {

  /** The {@code WWW-Authenticate} challenge of a 401, or null for none. */
  String challenge();

  void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated) throws Exception;
}
