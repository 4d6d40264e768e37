package vn.dvc.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.api.ApiProblem;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.identity.Groups;
import vn.dvc.time.EngineClock;

/**
 * {@code GET /api/v1/sla/kpis}: open, due soon, overdue, finished on time and late, on-time rate
 * and average processing time in working days, per procedure, commune and province. A supervisor
 * sees their own province only; administrators and analysts see all.
 */
@RestController
@RequestMapping("/api/v1/sla")
class SlaController {

  private static final String SUPERVISOR_PREFIX = "GROUP_province-";
  private static final String SUPERVISOR_SUFFIX = "-supervisors";

  private final SlaKpis kpis;
  private final WorkingCalendar calendar;

  SlaController(SlaKpis kpis, WorkingCalendar calendar) {
    this.kpis = kpis;
    this.calendar = calendar;
  }

  record KpiReport(Instant asOf, LocalDate from, LocalDate to, List<SlaFigures> figures) {}

  @GetMapping("/kpis")
  KpiReport kpis(
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) String communeCode,
      @RequestParam(required = false) String provinceCode,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "procedure,commune") String groupBy,
      Authentication user) {
    Set<String> dimensions =
        Arrays.stream(groupBy.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (!SlaQuery.DIMENSIONS.containsAll(dimensions)) {
      throw badRequest("groupBy takes procedure, commune and province, not " + groupBy + ".");
    }
    LocalDate today = EngineClock.now().atZone(calendar.zone()).toLocalDate();
    LocalDate periodFrom = date(from, "from", today.withDayOfMonth(1));
    LocalDate periodTo = date(to, "to", today);
    if (periodTo.isBefore(periodFrom)) {
      throw badRequest("The period ends (" + periodTo + ") before it starts (" + periodFrom + ").");
    }
    Set<String> provinces = scope(user, provinceCode);
    List<SlaFigures> figures =
        kpis.figures(
            new SlaQuery(
                procedure,
                communeCode,
                provinces,
                periodFrom.atStartOfDay(calendar.zone()).toInstant(),
                periodTo.plusDays(1).atStartOfDay(calendar.zone()).toInstant(),
                dimensions));
    return new KpiReport(EngineClock.now(), periodFrom, periodTo, figures);
  }

  /** The provinces this user may see, narrowed to the one asked for. */
  private static Set<String> scope(Authentication user, String provinceCode) {
    Set<String> authorities =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    boolean seesAll =
        authorities.contains("GROUP_" + Groups.ADMINISTRATORS)
            || authorities.contains("GROUP_" + Groups.ANALYSTS);
    if (seesAll) {
      return provinceCode == null ? Set.of() : Set.of(provinceCode);
    }
    Set<String> own =
        authorities.stream()
            .filter(a -> a.startsWith(SUPERVISOR_PREFIX) && a.endsWith(SUPERVISOR_SUFFIX))
            .map(
                a ->
                    a.substring(
                        SUPERVISOR_PREFIX.length(), a.length() - SUPERVISOR_SUFFIX.length()))
            .collect(Collectors.toSet());
    if (own.isEmpty()) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "Forbidden",
          "Only supervisors, analysts and administrators see the SLA figures.");
    }
    if (provinceCode == null) {
      return own;
    }
    if (!own.contains(provinceCode)) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "forbidden",
          "Forbidden",
          "You supervise province " + String.join(", ", own) + ", not " + provinceCode + ".");
    }
    return Set.of(provinceCode);
  }

  private static LocalDate date(String value, String name, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw badRequest(name + " must be a date like 2026-11-01, not " + value + ".");
    }
  }

  private static ApiProblem badRequest(String message) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query", message);
  }
}
