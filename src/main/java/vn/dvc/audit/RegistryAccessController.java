package vn.dvc.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.api.ApiProblem;
import vn.dvc.identity.Groups;

/**
 * {@code GET /api/v1/audit/registry-access}: who read or wrote which registry, by dossier ({@code
 * dossierId}), by citizen ({@code pin}), by officer ({@code actor}) and by period ({@code from},
 * {@code to}, ISO instants). For auditors and administrators only.
 */
@RestController
@RequestMapping("/api/v1/audit")
class RegistryAccessController {

  private static final int MAX_ROWS = 5000;

  private final RegistryAccessLog log;

  RegistryAccessController(RegistryAccessLog log) {
    this.log = log;
  }

  record Accesses(List<RegistryAccess> accesses) {}

  @GetMapping("/registry-access")
  Accesses find(
      @RequestParam(required = false) String dossierId,
      @RequestParam(required = false) String pin,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "500") int limit,
      Authentication user) {
    Set<String> groups = Groups.of(user);
    if (!groups.contains(Groups.AUDITORS) && !groups.contains(Groups.ADMINISTRATORS)) {
      throw ApiProblem.forbidden("Only auditors read the access log.");
    }
    if (limit < 1 || limit > MAX_ROWS) {
      throw ApiProblem.invalidQuery("limit must be between 1 and " + MAX_ROWS + ".");
    }
    return new Accesses(
        log.find(dossierId, pin, actor, instant(from, "from"), instant(to, "to"), limit));
  }

  private static Instant instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidQuery(
          name + " must be an instant like 2026-11-01T00:00:00Z, not " + value + ".");
    }
  }
}
