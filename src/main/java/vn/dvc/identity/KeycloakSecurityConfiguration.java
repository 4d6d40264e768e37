package vn.dvc.identity;

import jakarta.servlet.DispatcherType;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The {@code keycloak} profile: bearer tokens for the APIs, the Keycloak identity provider for the
 * engine (users and groups read from the realm, group queries cached), OIDC sign-in for the
 * webapps.
 *
 * <p>Nothing here contacts Keycloak while the application starts: keys and endpoints are given, not
 * discovered, so the engine starts while Keycloak is down and works as soon as it is back ({@link
 * KeycloakHealthIndicator} says which).
 */
@Configuration
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "true")
class KeycloakSecurityConfiguration {

  static final String REGISTRATION = "keycloak";

  @Bean
  JwtDecoder jwtDecoder(KeycloakProperties keycloak) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(keycloak.openIdEndpoint("certs")).build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(keycloak.issuer()),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(keycloak.audience()))));
    return decoder;
  }

  @Bean
  ApiAuthentication bearerTokens(JwtDecoder decoder) {
    return new ApiAuthentication() {
      @Override
      public String challenge() {
        return "Bearer realm=\"dvc\"";
      }

      @Override
      public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated)
          throws Exception {
        http.oauth2ResourceServer(
            server ->
                server
                    .jwt(
                        jwt ->
                            jwt.decoder(decoder).jwtAuthenticationConverter(new TokenAuthorities()))
                    .authenticationEntryPoint(unauthenticated));
      }
    };
  }

  /** Given explicitly rather than discovered from the issuer, which would need Keycloak up. */
  @Bean
  ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
    return new InMemoryClientRegistrationRepository(
        ClientRegistration.withRegistrationId(REGISTRATION)
            .clientId(keycloak.webappClient().id())
            .clientSecret(keycloak.webappClient().secret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile", "email")
            .issuerUri(keycloak.issuer())
            .authorizationUri(keycloak.openIdEndpoint("auth"))
            .tokenUri(keycloak.openIdEndpoint("token"))
            .jwkSetUri(keycloak.openIdEndpoint("certs"))
            .userInfoUri(keycloak.openIdEndpoint("userinfo"))
            .userNameAttributeName("preferred_username")
            .providerConfigurationMetadata(
                Map.of("end_session_endpoint", keycloak.openIdEndpoint("logout")))
            .clientName("Keycloak")
            .build());
  }

  /**
   * Group ids are the groups' paths, which for the realm's top-level groups are their names: the
   * ids the models and the authorizations use, known without asking Keycloak. The plugin's own
   * "administrator group" option is left unset because it looks the group up in Keycloak while the
   * engine starts, which would stop the engine from starting while Keycloak is down; {@link
   * AdministratorsGroup} does the same from the group's name.
   */
  @Bean
  KeycloakIdentityProviderPlugin keycloakIdentityProvider(KeycloakProperties keycloak) {
    KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
    plugin.setKeycloakIssuerUrl(keycloak.issuer());
    plugin.setKeycloakAdminUrl(keycloak.adminUrl());
    plugin.setClientId(keycloak.engineClient().id());
    plugin.setClientSecret(keycloak.engineClient().secret());
    plugin.setUseUsernameAsCamundaUserId(true);
    plugin.setUseGroupPathAsCamundaGroupId(true);
    plugin.setCacheEnabled(true);
    plugin.setMaxCacheSize(500);
    plugin.setCacheExpirationTimeoutMin(5);
    return plugin;
  }

  /**
   * Tasklist, Cockpit and Admin: signing in goes to Keycloak (authorization code with PKCE), and
   * Camunda's container-based authentication takes the signed-in user from there.
   */
  @Bean
  @Order(2)
  SecurityFilterChain webapps(
      HttpSecurity http, ClientRegistrationRepository registrations, KeycloakLogout logout)
      throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    DefaultOAuth2AuthorizationRequestResolver pkce =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(SecurityConfiguration.VERIFY_PASSWORD_IN_WEBAPPS)
                    .denyAll()
                    .requestMatchers(
                        path.matcher("/camunda/app/**"), path.matcher("/camunda/api/**"))
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .oauth2Login(
            login ->
                login
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(pkce))
                    .defaultSuccessUrl("/camunda/app/", false))
        .logout(logout::configure)
        // The webapps bring their own CSRF protection (Camunda's CsrfPreventionFilter).
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            KeycloakWebappUser.class.getName()));
    // After Spring Security, whose context it reads.
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
