package vn.dvc.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.Assert;
import vn.dvc.api.Problems;

/**
 * The sandbox server's own door: registry clients authenticate with the configured credentials, as
 * they would with a real registry; engine users do not get in, and the OpenAPI descriptions and the
 * payment gateway's pages are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SandboxServerProperties.class)
@ConditionalOnProperty(
    prefix = "dvc.sandbox.server",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
class SandboxServerConfiguration {

  /**
   * Registered by Spring Boot as a servlet filter ahead of security: a registry that is down does
   * not check credentials first.
   */
  @Bean
  SandboxServerFaults sandboxServerFaults(SandboxServerProperties properties) {
    return new SandboxServerFaults(properties);
  }

  @Bean
  @Order(0)
  SecurityFilterChain sandboxServer(
      HttpSecurity http, SandboxServerProperties properties, ObjectMapper json) throws Exception {
    // Set by SandboxServerPasswordFile in the embedded demo, required elsewhere
    // (DefaultSecretsCheck): never a blank or "null" password.
    Assert.hasText(
        properties.password(), "dvc.sandbox.server.password (REGISTRY_PASSWORD) is not set");
    DaoAuthenticationProvider clients =
        new DaoAuthenticationProvider(
            new InMemoryUserDetailsManager(
                User.withUsername(properties.username())
                    .password("{noop}" + properties.password())
                    .roles("REGISTRY_CLIENT")
                    .build()));
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(path.matcher("/sandbox/**"))
        .authenticationManager(new ProviderManager(clients))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(path.matcher("/sandbox/*/openapi.yaml"))
                    .permitAll()
                    // The payment gateway's pages are opened by the citizen's browser from the
                    // pay address, which holds no registry credentials; a real gateway has the
                    // payer sign in at the bank instead. They act only on the request whose
                    // random id is in the address. The platform's JSON API stays behind the door.
                    .requestMatchers(path.matcher("/sandbox/payment-platform/gateway/**"))
                    .permitAll()
                    .anyRequest()
                    .hasRole("REGISTRY_CLIENT"))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, e) -> {
                      response.setStatus(HttpStatus.UNAUTHORIZED.value());
                      response.setHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
                      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                      json.writeValue(
                          response.getOutputStream(),
                          Problems.of(
                              HttpStatus.UNAUTHORIZED,
                              "unauthenticated",
                              "Authentication required",
                              "Registry clients authenticate with their configured credentials."));
                    }))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
