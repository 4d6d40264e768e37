package vn.dvc.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Tells Camunda's webapps who signed in through Keycloak (Spring Security's OIDC login), with the
 * groups of the token, so that Tasklist shows the tasks of the officer's groups without asking
 * Keycloak again. Instantiated by Camunda's container-based authentication filter, by class name.
 */
public class KeycloakWebappUser extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = user.getPreferredUsername();
    AuthenticationResult result = new AuthenticationResult(userId, true);
    List<String> groups = TokenAuthorities.groups(user);
    if (groups == null) {
      // A realm without the groups mapper: ask the identity provider (cached) instead.
      groups =
          engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
              .map(org.camunda.bpm.engine.identity.Group::getId)
              .toList();
    }
    result.setGroups(groups);
    // Keycloak has no tenants: the province tenants follow from the groups, as for the APIs.
    result.setTenants(ProvinceTenants.shared().ofGroups(result.getGroups()));
    return result;
  }
}
