package vn.dvc.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.dvc.api.Problems;

/**
 * {@code /api/**} and {@code /engine-rest/**} require authentication (Camunda leaves its REST API
 * open by default). The webapps keep their own session login and CSRF protection, so Spring
 * Security stays out of their way.
 */
@Configuration
class SecurityConfiguration {

  /**
   * The engine's "is this password right?" under the webapps' mount: no webapp calls it, and it
   * would let a signed-in user guess other users' passwords outside {@link LoginThrottle}.
   */
  static final PathPatternRequestMatcher VERIFY_PASSWORD_IN_WEBAPPS =
      PathPatternRequestMatcher.withDefaults()
          .matcher("/camunda/api/engine/engine/*/identity/verify");

  /** Only this path and method: everything else under /api/v1/payments needs a user. */
  static final PathPatternRequestMatcher PAYMENT_CALLBACKS =
      PathPatternRequestMatcher.withDefaults()
          .matcher(HttpMethod.POST, "/api/v1/payments/callbacks");

  @Bean
  @Order(1)
  SecurityFilterChain apis(
      HttpSecurity http,
      ApiAuthentication authentication,
      IdentityService identity,
      ProvinceTenants tenants,
      ObjectMapper json)
      throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) -> {
          if (e instanceof LoginThrottledException throttled) {
            TooManyLoginAttempts.write(response, json, throttled.retryAfter());
            return;
          }
          response.setStatus(HttpStatus.UNAUTHORIZED.value());
          // No Basic challenge for the webapps' own calls: the browser would pop up a login box.
          if (authentication.challenge() != null
              && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", authentication.challenge());
          }
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          json.writeValue(
              response.getOutputStream(),
              Problems.of(
                  HttpStatus.UNAUTHORIZED,
                  "unauthenticated",
                  "Authentication required",
                  "Sign in to use this API."));
        };
    AccessDeniedHandler forbidden =
        (request, response, e) -> {
          response.setStatus(HttpStatus.FORBIDDEN.value());
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          json.writeValue(
              response.getOutputStream(),
              Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this."));
        };
    // Explicit path matchers: /engine-rest is served by Jersey, not by Spring MVC, and an MVC
    // matcher would silently leave it open.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    authentication.configure(http, unauthenticated);
    return http.securityMatcher(
            new OrRequestMatcher(
                path.matcher("/api/**"),
                path.matcher("/engine-rest/**"),
                path.matcher("/actuator/**")))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        path.matcher("/actuator/health/**"), path.matcher("/actuator/info"))
                    .permitAll()
                    // The payment platform's confirmations: the HMAC signature over the body is
                    // their authentication (PaymentCallbacks verifies it), not a user's sign-in.
                    .requestMatchers(PAYMENT_CALLBACKS)
                    .permitAll()
                    .requestMatchers(path.matcher("/actuator/**"))
                    .hasAuthority(Groups.authority(Groups.ADMINISTRATORS).getAuthority())
                    // The engine tells whether anyone's password is right: for an administrator
                    // only (who may set it anyway), or it would be a guesser outside LoginThrottle.
                    .requestMatchers(path.matcher("/engine-rest/identity/verify"))
                    .hasAuthority(Groups.authority(Groups.ADMINISTRATORS).getAuthority())
                    // The engine's API is for staff tools; citizens use the Dossier API only.
                    .requestMatchers(path.matcher("/engine-rest/**"))
                    .access(
                        (user, request) ->
                            new AuthorizationDecision(
                                user.get().isAuthenticated()
                                    && !(user.get() instanceof AnonymousAuthenticationToken)
                                    && !Caller.of(user.get()).isCitizen()))
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        // Stateless: never create a session, and never rotate the Cockpit session that
        // WebappSessionAuthenticationFilter reads, or Cockpit would lose its login mid-page.
        .sessionManagement(
            session ->
                session
                    .sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                    .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        // Stateless API with credentials on every request: no cookie, nothing for CSRF to forge.
        .csrf(csrf -> csrf.disable())
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .addFilterAfter(
            new EngineAuthenticationFilter(identity, tenants), BasicAuthenticationFilter.class)
        .build();
  }

  /** The embedded default: the webapps' own login against Camunda's users. */
  @Bean
  @Order(2)
  @ConditionalOnProperty(
      name = "dvc.keycloak.enabled",
      havingValue = "false",
      matchIfMissing = true)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(VERIFY_PASSWORD_IN_WEBAPPS)
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }
}
