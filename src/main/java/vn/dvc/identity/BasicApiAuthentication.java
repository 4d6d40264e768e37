package vn.dvc.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** The embedded default: HTTP Basic with the accounts that also sign in to the webapps. */
@Component
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "false", matchIfMissing = true)
class BasicApiAuthentication implements ApiAuthentication {

  private final EngineIdentityAuthenticationProvider users;

  BasicApiAuthentication(IdentityService identity, LoginThrottle throttle) {
    this.users = new EngineIdentityAuthenticationProvider(identity, throttle);
  }

  @Override
  public String challenge() {
    return "Basic realm=\"dvc\"";
  }

  @Override
  public void configure(HttpSecurity http, AuthenticationEntryPoint unauthenticated)
      throws Exception {
    http.authenticationProvider(users)
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
  }
}
