package vn.dvc.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import vn.dvc.population.Pin;

/**
 * Who is calling an API: a citizen (a portal token carrying their PIN) or a member of staff (an
 * officer, a supervisor, the portal's own account in the embedded default).
 *
 * @param name the user name, recorded on what they do
 * @param groups their engine groups
 * @param citizenPin present exactly when the caller is a citizen acting for themselves
 */
public record Caller(String name, Set<String> groups, Optional<Pin> citizenPin) {

  /** The token claim carrying the citizen's personal identification number. */
  public static final String PIN_CLAIM = "pin";

  public static Caller of(Authentication authentication) {
    Optional<Pin> pin = Optional.empty();
    if (authentication instanceof JwtAuthenticationToken token) {
      String claim = token.getToken().getClaimAsString(PIN_CLAIM);
      if (claim != null && !claim.isBlank()) {
        pin = Optional.of(Pin.of(claim));
      }
    }
    return new Caller(authentication.getName(), Groups.of(authentication), pin);
  }

  public boolean isCitizen() {
    return citizenPin.isPresent();
  }

  /** Staff of a commune or provincial agency, or an administrator: may file at the counter. */
  public boolean isOfficer() {
    return groups.contains(Groups.ADMINISTRATORS)
        || groups.stream()
            .anyMatch(
                g ->
                    (g.startsWith("commune-") || g.startsWith("province-"))
                        && Groups.supervisedProvince(g).isEmpty());
  }
}
