package vn.dvc.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user, groups and province tenants to the engine for a {@code
 * /engine-rest} request, so that the engine's authorization and tenant checks apply to that user.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;
  private final ProvinceTenants tenants;

  EngineAuthenticationFilter(IdentityService identity, ProvinceTenants tenants) {
    this.identity = identity;
    this.tenants = tenants;
  }

  /**
   * Only the engine's own API acts as the caller. The Dossier API checks who may do what itself (a
   * citizen's own dossiers, a supervisor's province) and then drives the engine as the system, for
   * a citizen is not an engine user.
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    List<String> groups = List.copyOf(Groups.of(authentication));
    identity.setAuthentication(authentication.getName(), groups, tenants.ofGroups(groups));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
