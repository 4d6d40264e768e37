package vn.dvc.identity;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks HTTP Basic credentials against the engine's users, the same accounts that sign in to the
 * webapps; the user's groups become authorities {@code GROUP_<id>}. A source that has sent too many
 * wrong passwords for the account waits ({@link LoginThrottle}) before its password is checked.
 */
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;
  private final LoginThrottle throttle;

  EngineIdentityAuthenticationProvider(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object password = authentication.getCredentials();
    if (user == null || password == null) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    String source = source(authentication);
    Optional<Duration> wait = throttle.waitBeforeTrying(source, user);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    if (!identity.checkPassword(user, password.toString())) {
      throttle.failed(source, user);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    throttle.succeeded(source, user);
    List<GrantedAuthority> groups =
        identity.createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .map(Groups::authority)
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
  }

  /** The client's address, which the Basic filter puts into the details of every attempt. */
  private static String source(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails web
            && web.getRemoteAddress() != null
        ? web.getRemoteAddress()
        : "unknown";
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
