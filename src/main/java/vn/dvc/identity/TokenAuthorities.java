package vn.dvc.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a Keycloak access token into the request's user and engine groups: the {@code groups} claim
 * (group names, not paths) and the realm roles both become groups, so an administrator may be made
 * one by a role as well as by membership. Keycloak's built-in roles are not groups.
 */
final class TokenAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    // A citizen belongs to no group, and Keycloak then leaves the claim out.
    List<String> groups = groups(jwt);
    List<GrantedAuthority> authorities =
        groups == null ? List.of() : groups.stream().map(Groups::authority).toList();
    String user = jwt.getClaimAsString("preferred_username");
    return new JwtAuthenticationToken(jwt, authorities, user != null ? user : jwt.getSubject());
  }

  /**
   * The engine groups a token or ID token names, the same for the APIs and the webapps; null when
   * it carries neither groups nor realm roles (a realm without the groups mapper).
   */
  static List<String> groups(ClaimAccessor token) {
    if (!token.hasClaim("groups") && !token.hasClaim("realm_access")) {
      return null;
    }
    List<String> groups = new ArrayList<>(names(token.getClaims().get("groups")));
    Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
    if (realmAccess != null) {
      names(realmAccess.get("roles")).stream()
          .filter(r -> !r.equals("offline_access") && !r.equals("uma_authorization"))
          .filter(r -> !r.startsWith("default-roles-"))
          .forEach(groups::add);
    }
    return groups;
  }

  private static List<String> names(Object claim) {
    List<String> names = new ArrayList<>();
    if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        String name = value.toString();
        // A mapper configured with full paths sends "/commune-01100-civil-status".
        names.add(name.startsWith("/") ? name.substring(name.lastIndexOf('/') + 1) : name);
      }
    }
    return names;
  }
}
